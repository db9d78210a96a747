# defoverridable with a behaviour makes the callbacks the module defines overridable (not its other
# functions); a computed list works; bad arguments raise Module.make_overridable/2's errors
defmodule Greeter do
  @callback greet(String.t()) :: String.t()
  @callback farewell() :: String.t()
  @macrocallback shout(term) :: Macro.t()
end

defmodule Greeter.Default do
  defmacro __using__(_opts) do
    quote do
      @behaviour Greeter
      def greet(name), do: "Hello, #{name}"
      def helper(x), do: {:helper, x}
      defmacro shout(x), do: quote(do: String.upcase(unquote(x)))
      defoverridable Greeter
    end
  end
end

defmodule Loud do
  use Greeter.Default
  IO.inspect(Module.overridable?(__MODULE__, {:greet, 1}), label: "greet")
  IO.inspect(Module.overridable?(__MODULE__, {:helper, 1}), label: "helper")
  IO.inspect(Module.overridable?(__MODULE__, {:farewell, 0}), label: "farewell (not defined)")
  IO.inspect(Module.overridable?(__MODULE__, {:shout, 1}), label: "shout (macro)")
  IO.inspect(Module.overridables_in(__MODULE__) |> Enum.sort(), label: "overridables")
  def greet(name), do: super(name) <> "!"
  def farewell, do: "bye"
end

IO.puts(Loud.greet("Ann"))
IO.puts(Loud.farewell())
IO.inspect(Loud.helper(1))

defmodule Computed do
  def a, do: 1
  def b(x), do: x
  names = for {n, ar} <- [a: 0, b: 1], do: {n, ar}
  defoverridable names
  IO.inspect(Module.overridables_in(__MODULE__) |> Enum.sort(), label: "computed")
  def a, do: super() + 10
end

IO.inspect(Computed.a())

defmodule Errors do
  @behaviour GenServer
  def init(x), do: {:ok, x}

  for spec <- [[undefined: 1], [:x], [init: 256], NoSuchModule, Enum, Access, 1] do
    try do
      Module.make_overridable(__MODULE__, spec)
    rescue
      e ->
        IO.puts(Exception.format_banner(:error, e))
        # (the frames inside Module: the module body's own below them is named by a counter)
        __STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) in [Module, :lists])) |> IO.inspect()
    end
  end

  defoverridable GenServer
  IO.inspect(Module.overridables_in(__MODULE__), label: "GenServer callbacks defined")
end

try do
  Module.make_overridable(Errors, init: 1)
rescue
  e -> IO.puts(Exception.message(e))
end
