# Module.defines?/2,3, definitions_in/1,2, overridable?/2 and overridables_in/1 while the body is compiled
# (a @before_compile that adds init/1 only when the module did not define it), and their errors
defmodule Plugin do
  defmacro __using__(_) do
    quote do
      @before_compile Plugin
    end
  end
  defmacro __before_compile__(env) do
    has_init = Module.defines?(env.module, {:init, 1})
    defs = Module.definitions_in(env.module, :def) |> Enum.sort()
    IO.inspect({env.module, has_init, defs}, label: "before_compile")
    unless has_init do
      quote do
        def init(opts), do: {:default_init, opts}
      end
    end
  end
end
defmodule P1 do
  use Plugin
  def init(o), do: {:custom, o}
  def call(x), do: x
end
defmodule P2 do
  use Plugin
  def call(x), do: x
  defp helper, do: 1
  def h, do: helper()
end
IO.inspect {P1.init(1), P2.init(2)}
defmodule Over do
  def a, do: 1
  defoverridable a: 0
  IO.inspect Module.overridable?(__MODULE__, {:a, 0})
  IO.inspect Module.overridables_in(__MODULE__)
  def a, do: 2
  IO.inspect Module.overridable?(__MODULE__, {:a, 0})
  IO.inspect Module.defines?(__MODULE__, {:a, 0}, :def)
  IO.inspect Module.defines?(__MODULE__, {:a, 0}, :defp)
  defmacrop mp(x), do: x
  IO.inspect Module.defines?(__MODULE__, {:mp, 1}, :defmacrop)
  IO.inspect Module.definitions_in(__MODULE__, :defmacrop)
  def d(x \\ 1), do: mp(x)
  IO.inspect Module.defines?(__MODULE__, {:d, 0})
  IO.inspect Module.definitions_in(__MODULE__) |> Enum.sort()
  IO.inspect (try do Module.defines?(__MODULE__, :a) rescue e -> e end)
  IO.inspect (try do Module.defines?(__MODULE__, {:a, 0}, :other) rescue e -> e end)
end
IO.inspect (try do Module.defines?(Over, {:a, 0}) rescue e -> e end)
IO.inspect (try do Module.definitions_in(Over) rescue e -> e end)
