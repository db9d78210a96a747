# Module.make_overridable/2: functions defined so far become overridable, a later def replaces
# them and super calls them (as defoverridable); one not defined is an ArgumentError
defmodule Base1 do
  defmacro __using__(_) do
    quote do
      def greet(x), do: "hello #{x}"
      defoverridable greet: 1
    end
  end
end
defmodule User1 do
  use Base1
  def greet(x), do: super(x) <> "!"
end
IO.puts User1.greet("a")
defmodule M2 do
  def a(x), do: x + 1
  IO.inspect Module.defines?(__MODULE__, {:a, 1})
  IO.inspect Module.overridable?(__MODULE__, {:a, 1})
  Module.make_overridable(__MODULE__, [a: 1])
  IO.inspect Module.overridable?(__MODULE__, {:a, 1})
  def a(x), do: super(x) * 10
end
IO.inspect M2.a(1)
defmodule M3 do
  def keep(x), do: x
  Module.make_overridable(__MODULE__, keep: 1)
  IO.inspect Module.overridables_in(__MODULE__) |> Enum.sort()
  def keep(x), do: {:over, super(x)}
  try do
    Module.make_overridable(__MODULE__, [nope: 2])
  rescue
    e -> IO.inspect(e)
  end
end
IO.inspect M3.keep(5)
