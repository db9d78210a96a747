# Several callbacks without @impl in a module that uses @impl elsewhere: Elixir warns in
# descending {name, arity} order (its definitions list), not in source order
defmodule B1 do
  @callback zeta(integer) :: any
  @callback alpha() :: any
  @callback alpha(integer) :: any
  @callback mid(integer, integer) :: any
  @macrocallback mac(term) :: Macro.t
end
defmodule Impl do
  @behaviour B1
  @behaviour Supervisor
  def zeta(x), do: x
  def alpha(x), do: x
  defmacro mac(x), do: x
  @impl true
  def alpha(), do: 1
  def mid(a, b), do: a + b
  def init(x), do: {:ok, x}
  def child_spec(x), do: x
end
defmodule Srv do
  use Agent
  use GenServer
  def terminate(_, _), do: :ok
  def handle_call(_m, _f, s), do: {:reply, :ok, s}
  @impl GenServer
  def init(x), do: {:ok, x}
  def code_change(_o, s, _e), do: {:ok, s}
  def handle_info(_m, s), do: {:noreply, s}
  def format_status(_r, s), do: s
end
defmodule Plain do
  use GenServer
  @impl true
  def init(x), do: {:ok, x}
  def handle_info(_m, s), do: {:noreply, s}
  def handle_call(_m, _f, s), do: {:reply, :ok, s}
  def handle_cast(_m, s), do: {:noreply, s}
  def terminate(_r, _s), do: :ok
  def code_change(_o, s, _e), do: {:ok, s}
  def handle_continue(_c, s), do: {:noreply, s}
end
