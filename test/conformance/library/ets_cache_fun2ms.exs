defmodule Cache do
  use GenServer
  @table :cache_table
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def get(k), do: (case :ets.lookup(@table, k) do [{^k, v, exp}] -> if exp > now(), do: {:ok, v}, else: :expired; [] -> :miss end)
  def put(k, v, ttl \\ 1000), do: GenServer.call(__MODULE__, {:put, k, v, ttl})
  defp now, do: System.monotonic_time(:millisecond)
  @impl true
  def init(_), do: (:ets.new(@table, [:named_table, :set, :protected, read_concurrency: true]); {:ok, %{}})
  @impl true
  def handle_call({:put, k, v, ttl}, _from, s) do
    :ets.insert(@table, {k, v, now() + ttl})
    {:reply, :ok, s}
  end
end
{:ok, _} = Cache.start_link([])
Cache.put(:a, 1)
Cache.put(:b, 2, -1)
IO.inspect({Cache.get(:a), Cache.get(:b), Cache.get(:c)})
IO.inspect(:ets.info(:cache_table, :size))
IO.inspect(:ets.info(:cache_table, :protection))
try do
  :ets.insert(:cache_table, {:x, 1, 1})
rescue
  e -> IO.inspect(e)
end
t = :ets.new(:bag, [:bag])
:ets.insert(t, [{:k, 1}, {:k, 2}, {:j, 3}])
IO.inspect(:ets.lookup(t, :k))
IO.inspect(:ets.match(t, {:"$1", 2}))
IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 1}], [{{:"$1", :"$2"}}]}]) |> Enum.sort())
IO.inspect(:ets.tab2list(t) |> Enum.sort())
o = :ets.new(:ord, [:ordered_set])
for i <- [5, 3, 9, 1], do: :ets.insert(o, {i, i * i})
IO.inspect(:ets.first(o))
IO.inspect(:ets.next(o, 3))
IO.inspect(:ets.last(o))
IO.inspect(:ets.update_counter(o, 5, {2, 10}))
IO.inspect(:ets.select_count(o, [{{:_, :"$1"}, [{:>, :"$1", 10}], [true]}]))
IO.inspect(:ets.foldl(fn {k, _}, acc -> k + acc end, 0, o))
IO.inspect(:ets.delete(o, 9))
IO.inspect(:ets.member(o, 9))
ms = :ets.fun2ms(fn {k, v} when v > 1 -> k end)
IO.inspect(ms)
IO.inspect(:ets.fun2ms(fn {k, v} when v > 1 -> k end))
