# A GenServer-owned ETS cache read directly by clients, with counters and expiry by select_delete
defmodule Cache do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  def put(key, value, ttl), do: GenServer.call(__MODULE__, {:put, key, value, ttl})
  def get(key) do
    case :ets.lookup(__MODULE__, key) do
      [{^key, value, _expires}] ->
        :ets.update_counter(:cache_stats, :hits, 1, {:hits, 0})
        {:ok, value}
      [] ->
        :ets.update_counter(:cache_stats, :misses, 1, {:misses, 0})
        :error
    end
  end
  def expire(now), do: GenServer.call(__MODULE__, {:expire, now})

  @impl true
  def init(nil) do
    :ets.new(__MODULE__, [:named_table, :protected, read_concurrency: true])
    :ets.new(:cache_stats, [:named_table, :public])
    {:ok, nil}
  end

  @impl true
  def handle_call({:put, key, value, ttl}, _from, state) do
    {:reply, :ets.insert(__MODULE__, {key, value, ttl}), state}
  end

  def handle_call({:expire, now}, _from, state) do
    n = :ets.select_delete(__MODULE__, [{{:_, :_, :"$1"}, [{:"=<", :"$1", now}], [true]}])
    {:reply, n, state}
  end
end

defmodule Main do
  def run do
    {:ok, pid} = Cache.start_link(nil)
    for {k, v, ttl} <- [{:a, 1, 10}, {:b, 2, 20}, {:c, 3, 30}], do: Cache.put(k, v, ttl)
    IO.inspect(Cache.get(:a))
    IO.inspect(Cache.get(:zzz))
    tasks = for i <- 1..20, do: Task.async(fn -> Cache.get(if rem(i, 2) == 0, do: :b, else: :nope) end)
    IO.inspect(Enum.frequencies(Task.await_many(tasks)))
    IO.inspect(Enum.sort(:ets.tab2list(:cache_stats)))
    IO.inspect(Cache.expire(20))
    IO.inspect(:ets.tab2list(Cache) |> Enum.sort())
    IO.inspect(:ets.info(Cache, :size))
    try do
      :ets.insert(Cache, {:direct, 0, 0})
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    total = :ets.foldl(fn {_, v, _}, acc -> acc + v end, 0, Cache)
    IO.inspect(total)
    ref = Process.monitor(pid)
    GenServer.stop(pid)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    IO.inspect(:ets.whereis(Cache))
    IO.inspect(:ets.info(:cache_stats))
  end
end

Main.run()
