defmodule Cache do
  def start, do: :ets.new(:cache, [:named_table, :public, read_concurrency: true])
  def put(k, v, ttl), do: :ets.insert(:cache, {k, v, ttl})
  def get(k) do
    case :ets.lookup(:cache, k) do
      [{^k, v, _}] -> {:ok, v}
      [] -> :miss
    end
  end
  def expire(now), do: :ets.select_delete(:cache, [{{:_, :_, :"$1"}, [{:<, :"$1", now}], [true]}])
end
Cache.start()
Cache.put(:a, 1, 10)
Cache.put(:b, 2, 20)
Cache.put(:c, 3, 30)
IO.inspect Cache.get(:b)
IO.inspect Cache.get(:zz)
IO.inspect Cache.expire(25)
IO.inspect :ets.info(:cache, :size)
IO.inspect :ets.tab2list(:cache)
IO.inspect :ets.update_counter(:cache, :c, {2, 5})
IO.inspect :ets.lookup_element(:cache, :c, 2)
IO.inspect :ets.insert_new(:cache, {:c, 0, 0})
IO.inspect :ets.member(:cache, :c)
t = :ets.new(:scores, [:ordered_set])
for {n, s} <- [{"bob", 3}, {"amy", 9}, {"cat", 5}], do: :ets.insert(t, {s, n})
IO.inspect :ets.tab2list(t)
IO.inspect :ets.first(t)
IO.inspect :ets.last(t)
IO.inspect :ets.next(t, 3)
IO.inspect :ets.select(t, [{{:"$1", :"$2"}, [{:>, :"$1", 4}], [:"$2"]}])
IO.inspect :ets.match(t, {:"$1", "amy"})
IO.inspect :ets.foldl(fn {s, _}, acc -> acc + s end, 0, t)
IO.inspect :ets.delete(t, 5)
IO.inspect :ets.tab2list(t)
bag = :ets.new(:tags, [:bag])
:ets.insert(bag, [{:post1, :elixir}, {:post1, :otp}, {:post2, :elixir}, {:post1, :elixir}])
IO.inspect :ets.lookup(bag, :post1)
IO.inspect :ets.match_object(bag, {:_, :elixir}) |> Enum.sort()
IO.inspect :ets.delete_object(bag, {:post1, :otp})
IO.inspect :ets.lookup(bag, :post1)
