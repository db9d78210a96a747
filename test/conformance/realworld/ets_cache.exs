defmodule Cache do
  def start do
    :ets.new(:cache, [:set, :named_table, :public, read_concurrency: true])
  end

  def put(k, v), do: :ets.insert(:cache, {k, v, System.monotonic_time()})
  def get(k) do
    case :ets.lookup(:cache, k) do
      [{^k, v, _}] -> {:ok, v}
      [] -> :error
    end
  end
end

Cache.start()
Cache.put(:a, 1)
Cache.put(:b, 2)
IO.inspect(Cache.get(:a))
IO.inspect(Cache.get(:z))
IO.inspect(:ets.info(:cache, :size))
IO.inspect(:ets.insert_new(:cache, {:a, 9, 0}))
t = :ets.new(:scores, [:ordered_set])
:ets.insert(t, [{"bob", 10}, {"alice", 30}, {"carol", 20}])
IO.inspect(:ets.tab2list(t))
IO.inspect(:ets.first(t))
IO.inspect(:ets.next(t, "alice"))
IO.inspect(:ets.last(t))
IO.inspect(:ets.prev(t, "alice"))
IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$2", 15}], [:"$1"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [], [{{:"$2", :"$1"}}]}]))
IO.inspect(:ets.match(t, {:"$1", 20}))
IO.inspect(:ets.match_object(t, {:_, 10}))
IO.inspect(:ets.select_count(t, [{{:_, :"$1"}, [{:>=, :"$1", 20}], [true]}]))
IO.inspect(:ets.update_counter(t, "bob", {2, 5}))
IO.inspect(:ets.update_counter(t, "dave", {2, 1}, {"dave", 100}))
IO.inspect(:ets.lookup_element(t, "dave", 2))
IO.inspect(:ets.foldl(fn {_, v}, acc -> v + acc end, 0, t))
IO.inspect(:ets.delete(t, "carol"))
IO.inspect(:ets.member(t, "carol"))
IO.inspect(:ets.take(t, "bob"))
IO.inspect(:ets.tab2list(t))
b = :ets.new(:tags, [:bag])
:ets.insert(b, [{:x, 1}, {:x, 2}, {:x, 1}, {:y, 3}])
IO.inspect(:ets.lookup(b, :x))
:ets.delete_object(b, {:x, 1})
IO.inspect(:ets.lookup(b, :x))
d = :ets.new(:dups, [:duplicate_bag])
:ets.insert(d, [{:x, 1}, {:x, 1}])
IO.inspect(:ets.lookup(d, :x))
IO.inspect(:ets.info(d, :type))
IO.inspect(:ets.whereis(:cache) |> is_reference())
IO.inspect(:ets.whereis(:nope))

IO.inspect(:ets.select_delete(t, [{{:_, :"$1"}, [{:<, :"$1", 50}], [true]}]))
IO.inspect(:ets.tab2list(t))
:ets.delete_all_objects(b)
IO.inspect(:ets.tab2list(b))
IO.inspect(:ets.delete(b))
try do
  :ets.lookup(b, :x)
rescue
  e -> IO.inspect(e)
end
parent = self()
pid = spawn(fn ->
  :ets.new(:owned, [:named_table])
  send(parent, :created)
  receive do: (:stop -> :ok)
end)
receive do: (:created -> :ok)
IO.inspect(:ets.info(:owned, :protection))
try do
  :ets.insert(:owned, {1})
rescue
  e -> IO.puts(Exception.message(e))
end
ref = Process.monitor(pid)
send(pid, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.inspect(:ets.info(:owned))
