defmodule Inventory do
  @moduledoc "Inventory with ETS"
  def new do
    :ets.new(:inventory, [:set, :named_table, :public, read_concurrency: true])
  end

  def add(sku, qty, price), do: :ets.insert(:inventory, {sku, qty, price})
  def restock(sku, n), do: :ets.update_counter(:inventory, sku, {2, n})
  def take(sku, n) do
    case :ets.lookup(:inventory, sku) do
      [{^sku, have, _}] when have >= n -> {:ok, :ets.update_counter(:inventory, sku, {2, -n})}
      [{^sku, have, _}] -> {:error, {:short, have}}
      [] -> {:error, :unknown}
    end
  end
  def value do
    :ets.foldl(fn {_, q, p}, acc -> acc + q * p end, 0, :inventory)
  end
  def low(threshold) do
    :ets.select(:inventory, [{{:"$1", :"$2", :_}, [{:<, :"$2", threshold}], [:"$1"]}]) |> Enum.sort()
  end
end

Inventory.new()
Inventory.add("apple", 10, 3)
Inventory.add("pear", 2, 5)
Inventory.add("kiwi", 0, 7)
IO.inspect(Inventory.take("apple", 4))
IO.inspect(Inventory.take("pear", 3))
IO.inspect(Inventory.take("plum", 1))
IO.inspect(Inventory.restock("kiwi", 5))
IO.inspect(Inventory.value())
IO.inspect(Inventory.low(5))
IO.inspect(:ets.info(:inventory, :size))
IO.inspect(:ets.tab2list(:inventory) |> Enum.sort())
IO.inspect(:ets.match(:inventory, {:"$1", :_, 5}))
IO.inspect(:ets.match_object(:inventory, {:_, 6, :_}))
IO.inspect(:ets.select_count(:inventory, [{{:_, :"$1", :_}, [{:>, :"$1", 1}], [true]}]))
IO.inspect(:ets.select_delete(:inventory, [{{:_, :"$1", :_}, [{:==, :"$1", 2}], [true]}]))
IO.inspect(:ets.member(:inventory, "pear"))
IO.inspect(:ets.insert_new(:inventory, {"apple", 1, 1}))
IO.inspect(:ets.lookup_element(:inventory, "apple", 3))
IO.inspect(:ets.update_counter(:inventory, "fig", {2, 1}, {"fig", 0, 9}))
IO.inspect(:ets.update_element(:inventory, "fig", {3, 10}))
IO.inspect(:ets.lookup(:inventory, "fig"))
IO.inspect(:ets.take(:inventory, "fig"))
IO.inspect(:ets.whereis(:inventory) == :ets.whereis(:inventory))

bag = :ets.new(:tags, [:bag])
:ets.insert(bag, [{:a, 1}, {:a, 2}, {:a, 1}, {:b, 3}])
IO.inspect(:ets.lookup(bag, :a))
:ets.delete_object(bag, {:a, 1})
IO.inspect(:ets.lookup(bag, :a))
dbag = :ets.new(:dtags, [:duplicate_bag])
:ets.insert(dbag, [{:a, 1}, {:a, 1}])
IO.inspect(:ets.lookup(dbag, :a))
os = :ets.new(:ordered, [:ordered_set])
for k <- [5, 1, 3, 1.0, :x, "s", {1}], do: :ets.insert(os, {k, k})
IO.inspect(:ets.tab2list(os) |> Enum.map(&elem(&1, 0)))
IO.inspect(:ets.first(os))
IO.inspect(:ets.next(os, 3))
IO.inspect(:ets.last(os))
IO.inspect(:ets.prev(os, 3))
IO.inspect(:ets.select(os, [{{:"$1", :_}, [{:is_integer, :"$1"}], [{{:"$1", {:*, :"$1", 2}}}]}]))
{res, cont} = :ets.select(os, [{{:"$1", :_}, [], [:"$1"]}], 2)
IO.inspect(res)
{res2, _} = :ets.select(cont)
IO.inspect(res2)
try do
  :ets.insert(:nope, {1})
rescue
  e -> IO.inspect(e)
end
parent = self()
owner = spawn(fn -> :ets.new(:owned, [:named_table, :public]); send(parent, :ready); receive do: (:stop -> :ok) end)
receive do: (:ready -> :ok)
IO.inspect(:ets.info(:owned, :owner) == owner)
ref = Process.monitor(owner)
send(owner, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.inspect(:ets.info(:owned))
priv = :ets.new(:priv, [:private])
task = Task.async(fn -> try do :ets.lookup(priv, 1) rescue e -> e end end)
IO.inspect(Task.await(task))
IO.inspect(:ets.delete(priv))
