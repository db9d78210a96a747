defmodule Board do
  def run do
    t = :ets.new(:scores, [:ordered_set, :named_table, :public])
    IO.inspect t
    for {name, score} <- [{"ann", 30}, {"bob", 55}, {"cid", 30}, {"dee", 90}, {"eve", 12}] do
      :ets.insert(:scores, {{-score, name}, name, score})
    end
    IO.inspect :ets.first(:scores)
    IO.inspect :ets.last(:scores)
    IO.inspect :ets.next(:scores, :ets.first(:scores))
    top3 = :ets.select(:scores, [{{:_, :"$1", :"$2"}, [], [{{:"$1", :"$2"}}]}], 3)
    {rows, cont} = top3
    IO.inspect rows
    IO.inspect :ets.select(cont) |> elem(0)
    IO.inspect :ets.select(:scores, [{{:_, :"$1", :"$2"}, [{:>=, :"$2", 30}, {:"=/=", :"$1", "bob"}], [:"$1"]}])
    IO.inspect :ets.select_count(:scores, [{{:_, :_, :"$1"}, [{:<, :"$1", 50}], [true]}])
    IO.inspect :ets.match(:scores, {:_, :"$1", 30})
    IO.inspect :ets.match_object(:scores, {:_, :_, 30})
    IO.inspect :ets.select_delete(:scores, [{{:_, :_, :"$1"}, [{:<, :"$1", 20}], [true]}])
    IO.inspect :ets.info(:scores, :size)
    IO.inspect :ets.info(:scores, :type)
    IO.inspect :ets.foldl(fn {_, n, s}, acc -> acc + s + byte_size(n) end, 0, :scores)
    ms = [{{:_, :"$1", :"$2"}, [{:>, :"$2", 40}], [{{:"$1", {:*, :"$2", 2}}}]}]
    IO.inspect ms
    IO.inspect :ets.select(:scores, ms)
    c = :ets.new(:counters, [:set])
    IO.inspect :ets.update_counter(c, :hits, {2, 5}, {:hits, 0})
    IO.inspect :ets.update_counter(c, :hits, [{2, 1}, {2, 0, 6, 0}], {:hits, 0})
    IO.inspect :ets.insert_new(c, {:hits, 9})
    IO.inspect :ets.lookup_element(c, :hits, 2)
    IO.inspect :ets.update_element(c, :hits, {2, 100})
    IO.inspect :ets.take(c, :hits)
    IO.inspect :ets.tab2list(c)
    b = :ets.new(:tags, [:bag])
    :ets.insert(b, [{:a, 1}, {:a, 2}, {:a, 1}, {:b, 3}])
    IO.inspect :ets.lookup(b, :a)
    :ets.delete_object(b, {:a, 1})
    IO.inspect :ets.lookup(b, :a)
    IO.inspect :ets.member(b, :b)
    IO.inspect :ets.whereis(:scores) == :ets.whereis(:scores)
    IO.inspect :ets.delete(:scores)
    IO.inspect :ets.whereis(:scores)
    IO.inspect(try do: :ets.lookup(:scores, 1), rescue: (e -> e))
  end
end
Board.run()
