defmodule Flaky do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: {:ok, arg}
  def handle_cast(:die, s), do: {:stop, :bad_thing, s}
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Flaky, 1}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5, name: MySup)
for i <- 1..3 do
  pid = Process.whereis(Flaky)
  ref = Process.monitor(pid)
  GenServer.cast(Flaky, :die)
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({i, r}) end
  Process.sleep(10)
end
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
after 1000 -> IO.puts("no exit")
end
IO.inspect(Process.whereis(MySup), label: "sup name")
