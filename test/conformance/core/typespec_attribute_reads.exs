# @type, @typep, @opaque, @spec, @callback and @macrocallback read in a module body (and with
# Module.get_attribute): each typespec as {kind, its quoted form, {module, {line, pos}}}, newest
# first; pos counts the environments Elixir keeps for definitions and typespecs, a new one after
# an alias, import or require
defmodule Specs do
  @type a :: integer
  @typep b :: atom
  alias String, as: S
  def f(x), do: x
  @type c :: S.t()
  import List, only: [first: 1]
  def g(x), do: first(x)
  alias Map, as: M
  @spec h(a) :: b
  def h(x), do: x
  @opaque o(t) :: {t, M.t()}
  @callback cb(a) :: :ok
  @macrocallback mcb(a) :: Macro.t()
  require Logger
  @type e :: [b]
  IO.inspect(@type, label: "type")
  IO.inspect(@typep, label: "typep")
  IO.inspect(@opaque, label: "opaque")
  IO.inspect(@spec, label: "spec")
  IO.inspect(@callback, label: "callback")
  IO.inspect(@macrocallback, label: "macrocallback")
  IO.inspect(Module.get_attribute(__MODULE__, :type) |> Enum.map(&elem(&1, 2)), label: "positions")
  IO.inspect(length(Module.get_attribute(__MODULE__, :spec)), label: "specs")
  def types, do: @type |> Enum.map(fn {kind, {:"::", _, [{name, _, _} | _]}, _} -> {kind, name} end)
end

defmodule NoSpecs do
  IO.inspect({@type, @spec, @callback}, label: "none")
end

IO.inspect(Specs.types())
