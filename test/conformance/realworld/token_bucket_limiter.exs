defmodule RateLimiter do
  use GenServer

  @table :rate_limiter_buckets

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  def allow?(client, cost \\ 1) do
    capacity = :ets.lookup_element(@table, :__config__, 2)
    now_tokens =
      case :ets.lookup(@table, client) do
        [] ->
          :ets.insert_new(@table, {client, capacity})
          capacity
        [{^client, tokens}] -> tokens
      end

    if now_tokens >= cost do
      :ets.update_counter(@table, client, {2, -cost})
      true
    else
      false
    end
  end

  def tokens(client) do
    case :ets.lookup(@table, client) do
      [{_, t}] -> t
      [] -> :unknown
    end
  end

  def refill_now, do: GenServer.call(__MODULE__, :refill)

  @impl true
  def init(opts) do
    table = :ets.new(@table, [:named_table, :public, :set, read_concurrency: true])
    capacity = Keyword.fetch!(opts, :capacity)
    :ets.insert(table, {:__config__, capacity})
    interval = Keyword.get(opts, :interval, 1000)
    timer = Process.send_after(self(), :tick, interval)
    {:ok, %{capacity: capacity, interval: interval, ticks: 0, timer: timer, watchers: Keyword.get(opts, :notify, [])}}
  end

  @impl true
  def handle_info(:tick, state) do
    refill(state.capacity)
    for pid <- state.watchers, do: send(pid, {:refilled, state.ticks + 1})
    timer = Process.send_after(self(), :tick, state.interval)
    {:noreply, %{state | ticks: state.ticks + 1, timer: timer}}
  end

  @impl true
  def handle_call(:refill, _from, state) do
    refill(state.capacity)
    {:reply, :ok, state}
  end

  defp refill(capacity) do
    # match spec: every client row whose tokens are below capacity
    ms = [{{:"$1", :"$2"}, [{:andalso, {:"/=", :"$1", :__config__}, {:<, :"$2", capacity}}], [:"$1"]}]
    for client <- :ets.select(@table, ms) do
      :ets.update_counter(@table, client, {2, 1, capacity, capacity})
    end
  end
end

defmodule Main do
  def run do
    {:ok, _} = RateLimiter.start_link(capacity: 3, interval: 50, notify: [self()])

    results = for i <- 1..5, do: {i, RateLimiter.allow?("alice")}
    IO.inspect(results, label: "alice burst")
    IO.inspect(RateLimiter.allow?("bob", 2), label: "bob cost 2")
    IO.inspect(RateLimiter.allow?("bob", 2), label: "bob cost 2 again")
    IO.inspect({RateLimiter.tokens("alice"), RateLimiter.tokens("bob"), RateLimiter.tokens("carol")})

    assert_tick = fn n ->
      receive do
        {:refilled, ^n} -> :ok
      after
        5000 -> raise "no tick #{n}"
      end
    end

    assert_tick.(1)
    IO.inspect({RateLimiter.tokens("alice"), RateLimiter.tokens("bob")}, label: "after 1 tick")
    assert_tick.(2)
    assert_tick.(3)
    IO.inspect({RateLimiter.tokens("alice"), RateLimiter.tokens("bob")}, label: "after 3 ticks")
    assert_tick.(4)
    IO.inspect({RateLimiter.tokens("alice"), RateLimiter.tokens("bob")}, label: "capped")

    info = :ets.info(:rate_limiter_buckets)
    IO.inspect({info[:size], info[:type], info[:protection], info[:named_table]}, label: "table")
    rows = :ets.tab2list(:rate_limiter_buckets) |> Enum.sort()
    IO.inspect(rows)
    IO.inspect(:ets.select_count(:rate_limiter_buckets, [{{:_, :"$1"}, [{:==, :"$1", 3}], [true]}]), label: "full")
    :ok = RateLimiter.refill_now()
    GenServer.stop(RateLimiter)
    IO.inspect(:ets.whereis(:rate_limiter_buckets), label: "table after stop")
  end
end

Main.run()
