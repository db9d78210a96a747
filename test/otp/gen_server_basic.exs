defmodule Counter do
  use GenServer

  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: :counter)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:add, k}, _from, n), do: {:reply, :ok, n + k}
  def handle_call(:noreply, from, n) do
    GenServer.reply(from, :later)
    {:noreply, n}
  end
  def handle_call(:stop, _from, n), do: {:stop, :normal, :bye, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_info({:set, v}, _n), do: {:noreply, v}
  def terminate(reason, n) do
    IO.inspect({:terminate, reason, n})
    :ok
  end
end

{:ok, pid} = Counter.start_link(1)
IO.inspect(is_pid(pid))
IO.inspect(GenServer.whereis(:counter) == pid)
IO.inspect(GenServer.call(:counter, :get))
IO.inspect(GenServer.call(pid, {:add, 10}))
IO.inspect(GenServer.cast(:counter, :inc))
IO.inspect(GenServer.call(:counter, :get))
send(:counter, {:set, 42})
IO.inspect(GenServer.call(:counter, :get))
IO.inspect(GenServer.call(:counter, :noreply))
IO.inspect(Counter.start_link(5))
IO.inspect(GenServer.cast(:nobody, :inc))
IO.inspect(GenServer.whereis(:nobody))
IO.inspect(GenServer.call(:counter, :stop))
Process.sleep(20)
IO.inspect(Process.alive?(pid))
IO.inspect(GenServer.whereis(:counter))

try do
  GenServer.call(:counter, :get)
catch
  :exit, reason -> IO.inspect(reason, label: "exit")
end

try do
  GenServer.call(pid, :get, 1000)
catch
  :exit, reason -> IO.inspect(elem(reason, 0), label: "exit pid")
end

{:ok, p2} = GenServer.start(Counter, 7)
IO.inspect(GenServer.call(p2, :get))
IO.inspect(GenServer.stop(p2))
IO.inspect(Process.alive?(p2))
{:ok, p3} = GenServer.start(Counter, 8)
IO.inspect(GenServer.stop(p3, :shutdown))
