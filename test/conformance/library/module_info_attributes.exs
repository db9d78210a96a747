# module_info(:attributes): which attributes a module persists, in Elixir's order (behaviours,
# external resources, dialyzer options, @vsn, then the attributes registered with persist: true in
# the order registered), each value a list; a module without @vsn gets the md5 of its code first.
show = fn mod ->
  attrs =
    Enum.map(mod.module_info(:attributes), fn
      {:vsn, [n]} when is_integer(n) and n > 18_446_744_073_709_551_616 -> {:vsn, :md5}
      other -> other
    end)

  IO.inspect({mod, attrs})
end

defmodule Plain do
  def f, do: 1
end

defmodule B1 do
  @callback x() :: any
end

defmodule Mixed do
  Module.register_attribute(__MODULE__, :zeta, persist: true)
  Module.register_attribute(__MODULE__, :alpha, persist: true, accumulate: true)
  Module.register_attribute(__MODULE__, :never_set, persist: true)
  @zeta 1
  @behaviour B1
  @alpha :a
  @alpha [1, 2]
  @dialyzer :no_return
  @external_resource "foo.txt"
  @dialyzer {:nowarn_function, x: 0}
  @zeta [2, 3]
  @vsn "1.0"
  @not_persisted 5
  @vsn "1.1"
  def x, do: @not_persisted
end

defmodule LateRegister do
  def g, do: 1
  Module.register_attribute(__MODULE__, :set_later, persist: true)
  @set_later %{a: 1}
  Module.put_attribute(__MODULE__, :via_put, 5)
end

defmodule Server do
  use GenServer
  def init(x), do: {:ok, x}
end

defmodule Sup do
  use Supervisor
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

defmodule Dyn do
  use DynamicSupervisor
  def init(_), do: DynamicSupervisor.init(strategy: :one_for_one)
end

defmodule Ag do
  use Agent
end

defmodule Tk do
  use Task
  def run, do: :ok
end

defmodule App do
  use Application
  def start(_, _), do: {:error, :no}
end

defmodule MyError do
  defexception [:message]
end

defprotocol Proto do
  def f(x)
end

defprotocol ProtoAny do
  @fallback_to_any true
  def g(x)
end

defimpl Proto, for: Integer do
  def f(x), do: x
end

defimpl ProtoAny, for: Any do
  def g(_), do: :any
end

defmodule Derived do
  @derive ProtoAny
  defstruct [:a]
end

for m <- [Plain, B1, Mixed, LateRegister, Server, Sup, Dyn, Ag, Tk, App, MyError, Proto, ProtoAny, Proto.Integer, ProtoAny.Any, ProtoAny.Derived, Derived] do
  show.(m)
end
