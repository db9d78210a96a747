defmodule S do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:raise, _from, s), do: {:reply, Map.fetch!(s, :missing), s}
  def handle_call(:stop, _from, s), do: {:stop, {:bad, [1, 2]}, s}
  def handle_call(:stop_reply, _from, s), do: {:stop, :oops, :replied, s}
  def handle_call(:exit, _from, _s), do: exit(:inner_exit)
  def handle_call(:throw, _from, _s), do: throw(:thrown)
  def handle_call(:bad_return, _from, _s), do: :what
  def handle_cast({:die, r}, s), do: {:stop, r, s}
  def handle_info(:crash, s), do: {:noreply, s.nope}
end

defmodule Run do
  def crash(msg, how \\ :call) do
    {:ok, pid} = GenServer.start(S, %{a: 1})
    ref = Process.monitor(pid)
    case how do
      :call ->
        try do
          GenServer.call(pid, msg)
        catch
          :exit, {r, {GenServer, :call, _}} -> send(self(), {:caller_saw, r})
        end
      :cast -> GenServer.cast(pid, msg)
      :info -> send(pid, msg)
      :dead_client ->
        c = spawn(fn -> GenServer.call(pid, msg) end)
        Process.sleep(10)
        Process.exit(c, :kill)
        Process.sleep(10)
        send(pid, :go)
    end
    r = receive do {:DOWN, ^ref, _, _, r} -> r end
    Logger.flush()
    IO.inspect(r, label: "down", limit: 3)
    receive do
      {:caller_saw, r} -> IO.inspect(r, label: "caller sees", limit: 3)
    after
      0 -> :ok
    end
    IO.puts("--")
  end
end

Run.crash(:raise)
Run.crash(:stop)
Run.crash(:stop_reply)
Run.crash(:exit)
Run.crash(:throw)
Run.crash(:bad_return)
Run.crash({:die, :normal}, :cast)
Run.crash({:die, :shutdown}, :cast)
Run.crash({:die, {:shutdown, 1}}, :cast)
Run.crash({:die, :kaput}, :cast)
Run.crash(:crash, :info)
{:ok, a} = Agent.start(fn -> 0 end)
ref = Process.monitor(a)
try do
  Agent.update(a, fn _ -> raise ArgumentError, "agent fail" end)
catch
  :exit, {r, _} -> send(self(), {:agent_caller, elem(r, 0)})
end
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Logger.flush()
receive do {:agent_caller, r} -> IO.inspect(r, label: "agent caller") end
IO.puts("--")
pid = :proc_lib.spawn(fn -> :erlang.error(:badarith) end)
ref = Process.monitor(pid)
r = receive do {:DOWN, ^ref, _, _, r} -> r end
Logger.flush()
IO.inspect(elem(r, 0), label: "proc_lib")
IO.puts("--")
IO.puts("end")
