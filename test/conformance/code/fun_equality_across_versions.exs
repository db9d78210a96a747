# Funs of two versions whose code differs only in a literal are different funs (the BEAM's uniq
# is of the whole module's code); funs of the same code, loaded again, are equal.
defmodule Main do
  def src(v) do
    """
    defmodule F do
      def const, do: fn -> #{inspect(v)} end
      def tagged, do: fn x -> {:tag, #{inspect(v)}, x} end
      def cap, do: &helper/1
      defp helper(x), do: {x, #{inspect(v)}}
    end
    """
  end

  def funs, do: [F.const(), F.tagged(), F.cap()]

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    v1 = funs()
    IO.inspect(v1 == funs(), label: "same version, made twice")
    Code.compile_string(src(2))
    v2 = funs()
    IO.inspect(Enum.zip_with(v1, v2, &(&1 == &2)), label: "v1 vs v2")
    IO.inspect(Enum.zip_with(v1, v2, &(&1 === &2)), label: "v1 vs v2 strict")
    IO.inspect(Enum.map(v1, &Function.info(&1, :uniq)) == Enum.map(v2, &Function.info(&1, :uniq)), label: "same uniq")
    IO.inspect(MapSet.size(MapSet.new(v1 ++ v2)), label: "distinct funs")
    IO.inspect(length(Enum.uniq(v1 ++ v2)), label: "uniq")
    IO.inspect(Enum.map(v1, &:erlang.phash2/1) == Enum.map(v2, &:erlang.phash2/1), label: "same hashes")
    IO.inspect({Enum.at(v1, 0).(), Enum.at(v2, 0).()}, label: "each runs its own code")
    Code.compile_string(src("two"))
    Code.compile_string(src(2))
    v2_again = funs()
    IO.inspect(v2 == v2_again, label: "v2 compiled again")
    IO.inspect(Enum.at(v2, 1).(:x), label: "v2 fun")
    Code.compile_string(src("2"))
    IO.inspect(v2 == funs(), label: "a string in place of the integer")
  end
end

Main.run()
