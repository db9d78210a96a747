defmodule RateLimiter do
  @moduledoc "Token bucket per key, refilled by a timer, counters in a public ets table."
  use GenServer

  @table :rate_limiter_buckets

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  end

  def allow?(key) do
    limit = :persistent_term.get({__MODULE__, :limit})
    # insert the bucket if missing, then take one token atomically
    :ets.insert_new(@table, {key, 0})
    count = :ets.update_counter(@table, key, {2, 1})
    count <= limit
  end

  def stats do
    @table |> :ets.tab2list() |> Enum.sort()
  end

  def refill_now, do: GenServer.call(__MODULE__, :refill_now)

  @impl true
  def init(opts) do
    limit = Keyword.fetch!(opts, :limit)
    interval = Keyword.get(opts, :interval, 1000)
    :persistent_term.put({__MODULE__, :limit}, limit)
    :ets.new(@table, [:named_table, :public, :set, write_concurrency: true, read_concurrency: true])
    timer = Process.send_after(self(), :refill, interval)
    {:ok, %{interval: interval, timer: timer, refills: 0}}
  end

  @impl true
  def handle_info(:refill, state) do
    :ets.delete_all_objects(@table)
    timer = Process.send_after(self(), :refill, state.interval)
    {:noreply, %{state | timer: timer, refills: state.refills + 1}}
  end

  @impl true
  def handle_call(:refill_now, _from, state) do
    left = Process.cancel_timer(state.timer)
    :ets.delete_all_objects(@table)
    timer = Process.send_after(self(), :refill, state.interval)
    {:reply, is_integer(left), %{state | timer: timer, refills: state.refills + 1}}
  end

  def handle_call(:refills, _from, state), do: {:reply, state.refills, state}
end

defmodule Main do
  def run do
    {:ok, _} = RateLimiter.start_link(limit: 3, interval: 60_000)

    results = for i <- 1..5, do: {i, RateLimiter.allow?("10.0.0.1")}
    IO.inspect(results, label: "ip1")
    IO.inspect(RateLimiter.allow?("10.0.0.2"), label: "ip2")
    IO.inspect(RateLimiter.stats(), label: "stats")

    # concurrent callers: exactly `limit` succeed
    parent = self()
    for n <- 1..10 do
      spawn(fn -> send(parent, {:res, n, RateLimiter.allow?("shared")}) end)
    end
    oks = for _ <- 1..10, reduce: 0 do
      acc -> receive do
        {:res, _, true} -> acc + 1
        {:res, _, false} -> acc
      end
    end
    IO.puts("shared allowed: #{oks}")

    IO.inspect(RateLimiter.refill_now(), label: "cancelled pending timer")
    IO.inspect(RateLimiter.stats(), label: "after refill")
    IO.inspect(RateLimiter.allow?("10.0.0.1"), label: "ip1 again")

    info = :ets.info(:rate_limiter_buckets)
    IO.inspect({info[:type], info[:named_table], info[:protection], info[:size]}, label: "info")

    # timers: send_after, read_timer, cancel
    t = Process.send_after(self(), :ping, 50)
    IO.puts("read_timer is int: #{is_integer(Process.read_timer(t))}")
    receive do
      :ping -> IO.puts("got ping")
    after
      5_000 -> IO.puts("no ping")
    end
    IO.inspect(Process.read_timer(t), label: "after fire")
    IO.inspect(Process.cancel_timer(t), label: "cancel fired")

    t2 = Process.send_after(self(), :never, 10_000)
    IO.puts("cancel left > 0: #{Process.cancel_timer(t2) > 0}")
    receive do
      :never -> IO.puts("BUG")
    after
      100 -> IO.puts("cancelled timer did not fire")
    end

    {:ok, tref} = :timer.send_interval(20, :tick)
    ticks = collect_ticks(0)
    :timer.cancel(tref)
    IO.puts("ticks: #{ticks}")

    # ets ordered_set, match specs
    t = :ets.new(:scores, [:ordered_set])
    :ets.insert(t, [{"bob", 12}, {"alice", 40}, {"carol", 7}, {"dave", 40}])
    IO.inspect(:ets.tab2list(t), label: "ordered")
    IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 10}], [{{:"$2", :"$1"}}]}]), label: "select")
    IO.inspect(:ets.lookup(t, "carol"), label: "lookup")
    IO.inspect(:ets.first(t), label: "first")
    IO.inspect(:ets.next(t, "bob"), label: "next")
    IO.inspect(:ets.match(t, {:"$1", 40}), label: "match 40")
    IO.inspect(:ets.select_count(t, [{{:_, :"$1"}, [{:<, :"$1", 20}], [true]}]), label: "count < 20")
    :ets.delete(t, "bob")
    IO.inspect(:ets.member(t, "bob"), label: "bob member")
    IO.inspect(:ets.update_counter(t, "carol", {2, 5, 10, 0}), label: "threshold counter")
    IO.inspect(:ets.lookup_element(t, "alice", 2))
    try do
      :ets.lookup_element(t, "zed", 2)
    rescue
      e -> IO.inspect(e, label: "missing")
    end
  end

  defp collect_ticks(n) when n >= 3, do: n
  defp collect_ticks(n) do
    receive do
      :tick -> collect_ticks(n + 1)
    after
      5_000 -> n
    end
  end
end

Main.run()
