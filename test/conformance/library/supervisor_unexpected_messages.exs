# A Supervisor or DynamicSupervisor logs a message it does not expect; an unexpected cast is a
# FunctionClauseError in :supervisor.handle_cast/2 whose report shows the #state record, while a
# DynamicSupervisor ignores it.
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(a), do: {:ok, a}
end

Process.flag(:trap_exit, true)
{:ok, s} = Supervisor.start_link([{W, 1}], strategy: :one_for_one)
send(s, :hello)
:sys.get_state(s)
IO.puts("-- cast")
GenServer.cast(s, :what)

receive do
  {:EXIT, ^s, r} -> IO.inspect(r, label: "exit")
end

{:ok, d} = DynamicSupervisor.start_link(strategy: :one_for_one)
DynamicSupervisor.start_child(d, {W, 9})
send(d, {:hello, 1})
:sys.get_state(d)
IO.puts("-- dynamic cast")
GenServer.cast(d, :what)
IO.inspect(Process.alive?(d) and map_size(:sys.get_state(d).children), label: "still up")
