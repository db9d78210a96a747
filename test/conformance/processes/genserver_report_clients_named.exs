defmodule S do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:hold, from, _s), do: {:noreply, from}
  def handle_call(:crash, _from, s), do: {:reply, 1 / s, s}
  def handle_info(:go, from), do: {:stop, :late_crash, from}
  def handle_cast(:crash, _), do: {:stop, :cast_crash, %{big: Enum.to_list(1..60)}}
end
defmodule Run do
  def go(fun, label) do
    {:ok, pid} = GenServer.start(S, 0, name: :named_srv)
    ref = Process.monitor(pid)
    fun.(pid)
    r = receive do {:DOWN, ^ref, _, _, r} -> r end
    Logger.flush()
    IO.inspect(r, label: label)
  end
end
Run.go(fn pid ->
  c = spawn(fn -> GenServer.call(pid, :hold) end)
  wait = fn w -> if is_tuple(:sys.get_state(pid)), do: :ok, else: (Process.sleep(5); w.(w)) end
  wait.(wait)
  cref = Process.monitor(c)
  Process.exit(c, :kill)
  receive do {:DOWN, ^cref, _, _, _} -> :ok end
  send(pid, :go)
end, "dead client")
Run.go(fn pid ->
  me = self()
  spawn(fn -> Process.register(self(), :client_name); send(me, :reg); try do GenServer.call(pid, :crash) catch :exit, _ -> :ok end; receive do _ -> :ok end end)
  receive do :reg -> :ok end
end, "named client")
Run.go(fn _ -> GenServer.cast(:named_srv, :crash) end, "cast")
Run.go(fn _ ->
  spawn(fn -> try do GenServer.call(:named_srv, :crash) catch :exit, _ -> :ok end end)
end, "anon client")
Logger.configure(level: :debug)
Run.go(fn _ -> GenServer.cast(:named_srv, :crash) end, "cast debug")
IO.puts("end")
