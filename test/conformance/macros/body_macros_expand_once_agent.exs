{:ok, _} = Agent.start_link(fn -> 0 end, name: :ctr)
defmodule Mac do
  defmacro tick(label) do
    n = Agent.get_and_update(:ctr, fn n -> {n + 1, n + 1} end)
    IO.puts("tick #{label} -> #{n}")
    quote do: unquote(n)
  end
  defmacro deff(name) do
    IO.puts("deff #{name}")
    quote do
      def unquote(name)(), do: Mac.tick(unquote(name))
    end
  end
  defmacro __using__(_) do
    IO.puts("__using__")
    quote do
      require Mac
      Mac.deff(:from_using)
      @attr Mac.tick(:attr)
      def attr, do: @attr
    end
  end
end
defmodule A do
  use Mac
  Mac.deff(:one)
  @x Mac.tick(:x)
  def x, do: @x
  Mac.tick(:bare)
  def two, do: Mac.tick(:two)
end
IO.inspect({A.one(), A.x(), A.two(), A.from_using(), A.attr()})
IO.inspect(Agent.get(:ctr, & &1))
