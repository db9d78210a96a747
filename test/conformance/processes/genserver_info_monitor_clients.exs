defmodule Registry2 do
  use GenServer
  def init(_), do: {:ok, %{}}
  def handle_call({:join, name}, {pid, _}, s) do
    ref = Process.monitor(pid)
    {:reply, :ok, Map.put(s, ref, name)}
  end
  def handle_call(:members, _f, s), do: {:reply, s |> Map.values() |> Enum.sort(), s}
  def handle_info({:DOWN, ref, :process, _pid, reason}, s) do
    IO.puts("#{s[ref]} left: #{inspect(reason)}")
    {:noreply, Map.delete(s, ref)}
  end
end

defmodule Main do
  def member(reg, name, parent) do
    spawn(fn ->
      GenServer.call(reg, {:join, name})
      send(parent, {:joined, name})
      receive do
        :leave -> :ok
        {:crash, r} -> exit(r)
      end
    end)
  end

  def run do
    {:ok, reg} = GenServer.start(Registry2, nil)
    ms = for n <- ["ann", "bob", "cid"], do: member(reg, n, self())
    for _ <- ms, do: receive(do: ({:joined, _} -> :ok))
    IO.inspect(GenServer.call(reg, :members))
    [a, b, _c] = ms
    send(a, :leave)
    Process.sleep(30)
    IO.inspect(GenServer.call(reg, :members))
    send(b, {:crash, :oops})
    Process.sleep(30)
    IO.inspect(GenServer.call(reg, :members))
  end
end

Main.run()
