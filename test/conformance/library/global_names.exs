# :global names on the local node, and GenServers named {:global, name}
defmodule Echo do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(msg, _from, s), do: {:reply, {s, msg}, s}
  def handle_cast({:ping, pid}, s), do: (send(pid, {:pong, s}); {:noreply, s})
end

defmodule Main do
  def run do
    IO.inspect(:global.register_name(:me, self()))
    IO.inspect(:global.register_name(:me, self()))
    IO.inspect(:global.whereis_name(:me) == self())
    IO.inspect(:global.whereis_name(:nobody))
    IO.inspect(Enum.sort(:global.registered_names()))
    IO.inspect(:global.send(:me, :hello) == self())
    receive do: (:hello -> IO.puts("got hello"))
    IO.inspect(:global.unregister_name(:me))
    IO.inspect(:global.unregister_name(:me))
    IO.inspect(:global.whereis_name(:me))
    try do
      :global.send(:me, :again)
    catch
      :exit, reason -> IO.inspect(reason)
    end
    {:ok, pid} = GenServer.start_link(Echo, :state, name: {:global, :echo})
    IO.inspect(GenServer.call({:global, :echo}, :hi))
    GenServer.cast({:global, :echo}, {:ping, self()})
    receive do: ({:pong, s} -> IO.inspect(s))
    IO.inspect(GenServer.whereis({:global, :echo}) == pid)
    IO.inspect(GenServer.start_link(Echo, :other, name: {:global, :echo}) |> elem(0))
    IO.inspect(:global.whereis_name(:echo) == pid)
    GenServer.stop(pid)
    IO.inspect(:global.whereis_name(:echo))
    IO.inspect(GenServer.whereis({:global, :echo}))
    spawn_pid = spawn(fn -> receive do: (:stop -> :ok) end)
    IO.inspect(:global.register_name(:short, spawn_pid))
    ref = Process.monitor(spawn_pid)
    send(spawn_pid, :stop)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Process.sleep(50)
    IO.inspect(:global.whereis_name(:short))
    try do
      GenServer.call({:global, :nothing}, :hi)
    catch
      :exit, reason -> IO.inspect(reason)
    end
    IO.inspect(:global.re_register_name(:again, self()))
    IO.inspect(:global.whereis_name(:again) == self())
  end
end

Main.run()
