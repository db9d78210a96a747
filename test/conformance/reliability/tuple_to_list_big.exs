# Tuple.to_list and :erlang.tuple_to_list of big tuples (built in chunks that let other processes
# run) give Elixir's lists: every element in place at the chunk ends, mixed terms, nested tuples;
# a non-tuple is still an error naming the call
show = fn name, t ->
  l = Tuple.to_list(t)
  IO.puts("#{name}: #{tuple_size(t)} -> #{length(l)} #{:erlang.phash2(l)} #{List.to_tuple(l) == t}")
end
show.("empty", {})
show.("small", {1, :a, "b"})
for n <- [999, 1_000, 1_001, 2_000, 2_001, 123_457] do
  show.("ints #{n}", List.to_tuple(Enum.to_list(1..n)))
end
show.("mixed", List.to_tuple(Enum.map(1..50_000, &{&1, Integer.to_string(&1), [&1], &1 / 2})))
show.("nested", List.to_tuple(for i <- 1..3_000, do: List.to_tuple(Enum.to_list(i..(i + 3)))))
l = :erlang.tuple_to_list(List.to_tuple(Enum.to_list(1..10_001)))
IO.inspect({hd(l), Enum.at(l, 999), Enum.at(l, 1_000), Enum.at(l, 9_001), List.last(l)})
IO.inspect(Enum.slice(:erlang.tuple_to_list(:erlang.make_tuple(5_000, :x, [{1, :a}, {5_000, :z}])), 0..1))

try do
  :erlang.tuple_to_list(Enum.to_list(1..5_000))
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end

try do
  Tuple.to_list(:not_a_tuple)
rescue
  e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 2)))
end
