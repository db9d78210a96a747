defmodule TTLCache do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def put(key, value, ttl), do: GenServer.call(__MODULE__, {:put, key, value, ttl})
  def get(key), do: GenServer.call(__MODULE__, {:get, key})
  def size, do: GenServer.call(__MODULE__, :size)

  @impl true
  def init(opts) do
    {:ok, %{data: %{}, timers: %{}, sweeps: 0, owner: Keyword.fetch!(opts, :owner)}}
  end

  @impl true
  def handle_call({:put, key, value, ttl}, _from, state) do
    if ref = state.timers[key], do: Process.cancel_timer(ref)
    ref = Process.send_after(self(), {:expire, key}, ttl)
    {:reply, :ok, %{state | data: Map.put(state.data, key, value), timers: Map.put(state.timers, key, ref)}}
  end

  def handle_call({:get, key}, _from, state) do
    {:reply, Map.fetch(state.data, key), state}
  end

  def handle_call(:size, _from, state), do: {:reply, map_size(state.data), state}

  @impl true
  def handle_info({:expire, key}, state) do
    send(state.owner, {:expired, key})
    {:noreply, %{state | data: Map.delete(state.data, key), timers: Map.delete(state.timers, key)}}
  end

  def handle_info(:sweep, state) do
    {:noreply, %{state | sweeps: state.sweeps + 1}}
  end

  def handle_info(other, state) do
    IO.inspect(other, label: "unexpected")
    {:noreply, state}
  end
end

{:ok, pid} = TTLCache.start_link(owner: self())
:ok = TTLCache.put(:a, 1, 300)
:ok = TTLCache.put(:b, 2, 800)
:ok = TTLCache.put(:c, 3, 10_000)
IO.inspect(TTLCache.get(:a), label: "a")
IO.inspect(TTLCache.size(), label: "size")
receive do {:expired, k} -> IO.inspect(k, label: "expired first") end
IO.inspect(TTLCache.get(:a), label: "a after")
:ok = TTLCache.put(:b, 22, 20)
receive do {:expired, k} -> IO.inspect(k, label: "expired second") end
IO.inspect(TTLCache.get(:b), label: "b after")
IO.inspect(TTLCache.size(), label: "size")
send(pid, :hello); :sys.get_state(pid)
{:ok, tref} = :timer.send_after(10, pid, :sweep)
IO.inspect(is_reference(tref) or is_tuple(tref), label: "tref ok")
{:ok, iref} = :timer.send_interval(5, self(), :tick)
for _ <- 1..3, do: receive(do: (:tick -> :ok))
{:ok, :cancel} = :timer.cancel(iref)
IO.inspect(:sys.get_state(pid).sweeps >= 0, label: "sweeps")
r = Process.send_after(self(), :never, 1000)
IO.inspect(is_integer(Process.cancel_timer(r)), label: "cancel returns ms")
IO.inspect(Process.cancel_timer(r), label: "cancel again")
IO.inspect(Process.read_timer(make_ref()), label: "read unknown")
r2 = Process.send_after(self(), :soon, 0)
Process.sleep(5)
IO.inspect(Process.cancel_timer(r2), label: "cancel fired")
receive do :soon -> IO.puts("got soon") end
{t, _} = :timer.tc(fn -> Process.sleep(1) end)
IO.inspect(t > 0, label: "tc")
IO.inspect(:timer.seconds(2), label: "seconds")
IO.inspect(:timer.minutes(1), label: "minutes")
IO.inspect(:timer.hms(1, 1, 1), label: "hms")
GenServer.stop(pid)
IO.inspect(Process.alive?(pid), label: "alive")
