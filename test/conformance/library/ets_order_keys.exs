# :ets set iteration order is OTP's hash order: tab2list, first/next, foldl and select for keys
# of every kind that hashes by value (integers, bignums, floats, binaries, bitstrings, atoms,
# charlists, lists, tuples, small maps)
walk = fn t ->
  Stream.unfold(:ets.first(t), fn
    :"$end_of_table" -> nil
    k -> {k, :ets.next(t, k)}
  end)
  |> Enum.to_list()
end

show = fn label, keys ->
  t = :ets.new(:keys, [:set])
  Enum.each(keys, &:ets.insert(t, {&1, label}))
  IO.puts(label)
  IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)), limit: :infinity)
  IO.inspect(walk.(t), limit: :infinity)
  IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t), limit: :infinity)
  IO.inspect(:ets.select(t, [{{:"$1", :_}, [], [:"$1"]}]) == :ets.tab2list(t) |> Enum.map(&elem(&1, 0)))
  :ets.delete(t)
end

show.("small integers", Enum.to_list(0..30))
show.("negative integers", Enum.to_list(-15..-1))
show.("bignums", [2 ** 59, 2 ** 59 - 1, -(2 ** 59), -(2 ** 59) - 1, 2 ** 64, 2 ** 100, -(2 ** 70), 10 ** 30])
show.("floats", [1.0, 2.5, -0.0, 3.14, 1.0e100, -7.25, 0.1, 1.0e-10])
show.("strings", ["", "a", "ab", "abc", "abcd", "hello world", "alice", "bob", "carol", "dave", "été", "a string longer than twelve bytes"])
show.("bitstrings", [<<1::3>>, <<255, 1::5>>, <<0::1>>, <<"abc", 7::4>>])
show.("atoms", [:a, :b, :ok, :error, :hello, :world, nil, true, false, :zzz, :"with space", :"Elixir.Foo"])
show.("charlists", [[], ~c"a", ~c"ab", ~c"abc", ~c"abcd", ~c"abcde", ~c"hello world"])
show.("lists", [[300], [1, 300], [300, 1], [1 | 2], [[1]], [1, [2, 3]], ["x"], [1.5], [-1], [256, 255]])
show.("tuples", [{}, {1}, {1, 2}, {2, 1}, {1, "a"}, {"a", 1}, {1, {2, 3}}, {1.5, 2}, {[1], 2}, {"x", "y", "z"}])
show.("maps", [%{}, %{1 => 2}, %{2 => 1}, %{1 => 2, 3 => 4}, %{"a" => 1}, %{"a" => [1, 2]}])
show.("mixed", [1, 1.0, "1", ~c"1", {1}, [1], :"1", 2 ** 80])
