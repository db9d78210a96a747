defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, %{}}
  def handle_call({:slow, x}, from, s) do
    spawn(fn -> GenServer.reply(from, {:done, x}) end)
    {:noreply, s}
  end
  def handle_call(:stop_me, _from, s), do: {:stop, {:shutdown, :asked}, :bye, s}
  def handle_call(:cont, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_continue(:more, s), do: {:noreply, Map.put(s, :continued, true)}
  def handle_info(msg, s), do: {:noreply, Map.update(s, :infos, [msg], &[msg | &1])}
  def terminate(reason, _s) do
    IO.inspect(reason, label: "terminate")
    :ok
  end
end

{:ok, pid} = GenServer.start(Deferred, nil, name: {:global, :deferred})
IO.inspect(GenServer.call({:global, :deferred}, {:slow, 1}))
IO.inspect(:global.whereis_name(:deferred) == pid)
IO.inspect(GenServer.start(Deferred, nil, name: {:global, :deferred}) == {:error, {:already_started, pid}})
IO.inspect(GenServer.call(pid, :cont))
IO.inspect(GenServer.call(pid, :get))
send(pid, :hello)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.whereis({:global, :deferred}) == pid)
IO.inspect(GenServer.call(pid, :stop_me))
Process.sleep(50)
IO.inspect(:global.whereis_name(:deferred))
IO.inspect(GenServer.whereis({:global, :deferred}))
try do
  GenServer.call({:global, :deferred}, :get)
catch
  :exit, r -> IO.inspect(r, label: "call to gone global")
end
try do
  GenServer.call({:via, :global, :nobody}, :get)
catch
  :exit, r -> IO.inspect(r, label: "call to gone via")
end
IO.inspect(:global.register_name(:me, self()))
IO.inspect(:global.register_name(:me, spawn(fn -> :ok end)))
IO.inspect(:global.registered_names())
IO.inspect(:global.unregister_name(:me))
IO.inspect(:global.registered_names())
IO.inspect(GenServer.cast({:global, :nobody}, :x))
try do
  :global.send(:nobody2, :x)
catch
  :exit, r -> IO.inspect(r, label: "global send")
end
