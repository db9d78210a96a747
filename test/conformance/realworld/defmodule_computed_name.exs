# defmodule with a name computed at run time: Module.concat, a variable of a `for`, an
# interpolated atom, a module attribute; only a literal alias defines an alias
defmodule Plugins do
  for n <- [Alpha, Beta] do
    defmodule Module.concat(__MODULE__, n) do
      def name, do: __MODULE__
    end
  end

  r = defmodule Module.concat(__MODULE__, Inner) do
    def x, do: 1
    :inner_body_value
  end
  IO.inspect({elem(r, 0), elem(r, 1), elem(r, 3)}, label: "returned")
  IO.inspect(is_binary(elem(r, 2)), label: "binary")
  IO.inspect(__ENV__.aliases, label: "aliases after computed")

  defmodule Module.concat([Flat, Name]) do
    def n, do: __MODULE__
  end

  @target Plugins.FromAttr
  defmodule @target do
    def n, do: __MODULE__
  end

  defmodule __MODULE__.Sub do
    def n, do: __MODULE__
  end

  defmodule Literal do
    def n, do: __MODULE__
  end
  IO.inspect(__ENV__.aliases, label: "aliases after literal")

  def define(name, value) do
    defmodule name do
      @value value
      def value, do: @value
      def me, do: __MODULE__
    end
  end
end

IO.inspect({Plugins.Alpha.name(), Plugins.Beta.name(), Plugins.Inner.x()})
IO.inspect({Flat.Name.n(), Plugins.FromAttr.n(), Plugins.Sub.n(), Plugins.Literal.n()})

for n <- [TopA, TopB] do
  defmodule n do
    def me, do: __MODULE__
  end
end
IO.inspect({TopA.me(), TopB.me()})

for i <- 1..3 do
  defmodule :"Elixir.Gen#{i}" do
    def i, do: unquote(i)
  end
end
IO.inspect({Gen1.i(), Gen2.i(), Gen3.i()})

r = defmodule :plain_erlang_name do
  def z, do: __MODULE__
end
IO.inspect({elem(r, 0), elem(r, 1), elem(r, 3), :plain_erlang_name.z()})

{:module, m, _, {:me, 0}} = Plugins.define(Dyn.Made, 42)
IO.inspect({m, Dyn.Made.value(), Dyn.Made.me()})

name = Module.concat(["Runtime", "Built"])
defmodule name do
  def hello, do: "hello from #{inspect(__MODULE__)}"
end
IO.puts(Runtime.Built.hello())

# a name that is not an atom, known only when the defmodule runs
for bad <- ["x", nil, true, 3, [A], {:a}] do
  try do
    Plugins.define(bad, 0)
  rescue
    e in CompileError -> IO.puts(Exception.message(e))
  end
end
