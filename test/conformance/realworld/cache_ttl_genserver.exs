defmodule Cache do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  def put(key, value, ttl \\ :infinity), do: GenServer.cast(__MODULE__, {:put, key, value, ttl})
  def get(key), do: GenServer.call(__MODULE__, {:get, key})
  def fetch(key, fun), do: GenServer.call(__MODULE__, {:fetch, key, fun})
  def stats, do: GenServer.call(__MODULE__, :stats)

  @impl true
  def init(opts) do
    {:ok, %{data: %{}, hits: 0, misses: 0, sweep: Keyword.get(opts, :sweep, 50)}, {:continue, :warm}}
  end

  @impl true
  def handle_continue(:warm, state) do
    data = Map.new(1..3, fn i -> {{:square, i}, {i * i, :infinity}} end)
    schedule(state.sweep)
    {:noreply, %{state | data: data}}
  end

  @impl true
  def handle_cast({:put, k, v, ttl}, state) do
    exp = if ttl == :infinity, do: :infinity, else: now() + ttl
    {:noreply, put_in(state.data[k], {v, exp})}
  end

  @impl true
  def handle_call({:get, k}, _from, state) do
    case lookup(state, k) do
      {:ok, v} -> {:reply, {:ok, v}, %{state | hits: state.hits + 1}}
      :error -> {:reply, :error, %{state | misses: state.misses + 1}}
    end
  end

  def handle_call({:fetch, k, fun}, _from, state) do
    case lookup(state, k) do
      {:ok, v} -> {:reply, v, %{state | hits: state.hits + 1}}
      :error ->
        v = fun.()
        {:reply, v, %{state | misses: state.misses + 1, data: Map.put(state.data, k, {v, :infinity})}}
    end
  end

  def handle_call(:stats, _from, state) do
    {:reply, Map.take(state, [:hits, :misses]) |> Map.put(:size, map_size(state.data)), state}
  end

  @impl true
  def handle_info(:sweep, state) do
    t = now()
    {expired, live} = Enum.split_with(state.data, fn {_k, {_v, exp}} -> exp != :infinity and exp <= t end)
    if expired != [], do: send(:watcher, {:expired, Enum.map(expired, &elem(&1, 0)) |> Enum.sort()})
    schedule(state.sweep)
    {:noreply, %{state | data: Map.new(live)}}
  end

  def handle_info(msg, state) do
    Logger.warning("unexpected message: #{inspect(msg)}")
    {:noreply, state}
  end

  defp lookup(state, k) do
    case Map.fetch(state.data, k) do
      {:ok, {v, :infinity}} -> {:ok, v}
      {:ok, {v, exp}} -> if exp > now(), do: {:ok, v}, else: :error
      :error -> :error
    end
  end

  defp now, do: System.monotonic_time(:millisecond)
  defp schedule(ms), do: Process.send_after(self(), :sweep, ms)
end

defmodule Main do
  require Logger

  def run do
    Process.register(self(), :watcher)
    {:ok, pid} = Cache.start_link(sweep: 30)
    IO.inspect(Cache.get({:square, 2}), label: "warm")
    Cache.put(:session, "abc", 400)
    Cache.put(:config, %{debug: true})
    IO.inspect(Cache.get(:session), label: "session")
    IO.inspect(Cache.fetch(:computed, fn -> Enum.sum(1..100) end), label: "fetch miss")
    IO.inspect(Cache.fetch(:computed, fn -> raise "not called" end), label: "fetch hit")
    IO.inspect(Cache.get(:nope), label: "nope")

    receive do
      {:expired, keys} -> IO.inspect(keys, label: "expired")
    after
      5_000 -> IO.puts("nothing expired")
    end

    IO.inspect(Cache.get(:session), label: "session later")
    IO.inspect(Cache.stats(), label: "stats")
    send(pid, :bogus)
    size = Cache.stats().size
    Logger.flush()
    IO.inspect(size, label: "size")
    IO.inspect(GenServer.call(pid, :stats, 1000) |> Map.keys(), label: "keys")
    ref = Process.monitor(pid)
    GenServer.stop(pid, :normal)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end
    Logger.flush()

    :persistent_term.put({:app, :limits}, %{max: 10})
    IO.inspect(:persistent_term.get({:app, :limits}))
    IO.inspect(:persistent_term.get({:app, :missing}, :default))

    {:ok, a} = Agent.start_link(fn -> %{} end)
    Agent.update(a, &Map.put(&1, :x, 1))
    IO.inspect(Agent.get_and_update(a, fn s -> {Map.get(s, :x), Map.update!(s, :x, &(&1 + 1))} end))
    IO.inspect(Agent.get(a, & &1))
    Agent.cast(a, fn s -> Map.put(s, :y, 2) end)
    IO.inspect(Agent.get(a, &Map.keys/1))
    :ok = Agent.stop(a)
  end
end

Main.run()
