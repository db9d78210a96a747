# definitions a program's own macro writes into a module body (Gen.make(:foo), through a macro
# calling another): what Elixir finds in their bodies (a variable or literal whose value is
# dropped, an operator's ignored result) at the macro call's line, under the defined function;
# the macro's hygienic variables are never reported unused
defmodule Gen do
  defmacro make(name) do
    quote do
      def unquote(name)(x) do
        x
        "str"
        1
        :ok
        1 + 2
        String.length("abc")
        Map.get(%{}, :a)
        y = 3
        fn -> 1 end
        x
      end

      defp unquote(:"#{name}_p")(a, b) when is_integer(a) do
        b
        a + b
      end
    end
  end

  defmacro two(name) do
    quote do
      Gen.make(unquote(name))
      def unquote(:"#{name}_2")(z), do: z
    end
  end
end

defmodule UseGen do
  require Gen
  Gen.make(:foo)
  Gen.two(:bar)
  def caller(v), do: {foo_p(v, 1), bar_p(v, 2)}
end
IO.inspect(UseGen.foo(1))
