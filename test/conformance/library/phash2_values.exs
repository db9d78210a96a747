# erlang:phash2/1,2 must give the BEAM's values: programs shard, bucket and cache-key with them.
ints = [0, 1, -1, 255, 256, -256, 134_217_727, 134_217_728, -134_217_728, -134_217_729,
        4_294_967_295, 4_294_967_296, -4_294_967_296, 576_460_752_303_423_487,
        576_460_752_303_423_488, -576_460_752_303_423_489, 18_446_744_073_709_551_616,
        -340_282_366_920_938_463_463_374_607_431_768_211_457, 2 ** 200 + 12345]
for i <- ints, do: IO.puts("#{i} #{:erlang.phash2(i)} #{:erlang.phash2(i, 97)}")

floats = [0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1.0e300, -2.5e-300, 123456.789]
for f <- floats, do: IO.puts("#{inspect(f)} #{:erlang.phash2(f)}")

atoms = [:a, :ok, :error, nil, true, false, :hello_world, :"with space", :"é", :"日本", Enum,
         :abcdefghijklmnopqrstuvwxyz]
for a <- atoms, do: IO.puts("#{inspect(a)} #{:erlang.phash2(a)}")

bins = for n <- 0..27, do: :binary.copy("x", n) <> <<n>>
for b <- bins, do: IO.puts("#{byte_size(b)} #{:erlang.phash2(b)}")
for s <- ["", "hello", "héllo wörld", String.duplicate("abc", 100)], do: IO.puts("#{inspect(s)} #{:erlang.phash2(s)}")

bits = [<<1::1>>, <<5::3>>, <<255, 1::1>>, <<"abcdefghijklm", 3::2>>, <<1::7>>]
for b <- bits, do: IO.puts("#{inspect(b)} #{:erlang.phash2(b)}")

lists = [[], [1], [1, 2, 3], 'abc', 'abcd', 'abcde', [256], [1, :a], [:a, 1], [1 | 2], [[]], [[], []],
         ['ab', 'cd'], [1, 2, 3 | :tail], [-1], [1.0], Enum.to_list(1..300), [{1, 2}, "x"]]
for l <- lists, do: IO.puts("#{inspect(l)} #{:erlang.phash2(l)} #{:erlang.phash2(l, 1000)}")

tuples = [{}, {1}, {1, 2}, {:ok, "value"}, {:error, :enoent}, {{}, {}, [], %{}}, {1, {2, {3, {4}}}}]
for t <- tuples, do: IO.puts("#{inspect(t)} #{:erlang.phash2(t)}")

maps = [%{}, %{a: 1}, %{1 => 2, 2 => 1}, %{"k" => [1, 2], {:t} => %{n: nil}}, Map.new(1..40, &{&1, &1 * &1}),
        Map.new(1..100, &{"key#{&1}", &1})]
for m <- maps, do: IO.puts("#{map_size(m)} #{:erlang.phash2(m)}")

IO.puts(:erlang.phash2(&Enum.map/2))
IO.puts(:erlang.phash2(&:lists.reverse/1))

# a user record and a keyword list, as people hash them for partitions
IO.inspect(for k <- ~w(alice bob carol dave eve), do: {k, :erlang.phash2(k, 8)})
IO.inspect(:erlang.phash2([name: "x", age: 3], 4_294_967_296))
IO.inspect(:erlang.phash2({:user, 42, "x@y.z"}, 1))

# deep nesting walks with a stack, not recursion
deep = Enum.reduce(1..20_000, :leaf, fn i, acc -> {i, acc} end)
IO.puts(:erlang.phash2(deep))
deep_list = Enum.reduce(1..20_000, [], fn i, acc -> [acc, i] end)
IO.puts(:erlang.phash2(deep_list))

for bad <- [0, -1, 4_294_967_297, :x, 1.0] do
  try do
    :erlang.phash2(:term, bad)
  rescue
    e -> IO.puts("#{inspect(bad)}: #{Exception.message(e)}")
  end
end
