# Enum.chunk_by/2 and Stream.chunk_by/2 call Stream.Reducers.chunk_by/3 with their chunk_while/4, as
# Elixir 1.14 does: a raising key function shows its fun's frame (lib/stream/reducers.ex) under
# Enum.chunk_while/4's fun and reduce, with Elixir's lines; and the results
bad_at = fn n -> fn x -> if x == n, do: raise("no"), else: rem(x, 2) end end
for n <- [1, 2, 3] do
  try do
    Enum.chunk_by([1, 2, 3, 5, 4], bad_at.(n))
  rescue
    _ -> IO.inspect(__STACKTRACE__ |> Enum.take(6))
  end
  try do
    Enum.chunk_by(1..4, bad_at.(n))
  rescue
    _ -> IO.inspect(__STACKTRACE__ |> Enum.take(6))
  end
  try do
    Stream.chunk_by([1, 2, 3, 5, 4], bad_at.(n)) |> Enum.to_list()
  rescue
    _ -> IO.inspect(__STACKTRACE__ |> Enum.take(2))
  end
end
IO.inspect Enum.chunk_by([1, 2, 3, 5, 4, 1.0, 1], &(&1))
IO.inspect Enum.chunk_by([1, 3, 2, 4, 5], &rem(&1, 2))
IO.inspect Enum.chunk_by([], &rem(&1, 2))
IO.inspect Stream.chunk_by([1, 3, 2, 4, 5], &rem(&1, 2)) |> Enum.take(2)
IO.inspect Enum.chunk_while([1, 2, 3], [], fn x, acc -> {:cont, [x | acc]} end, fn acc -> {:cont, acc, []} end)
IO.inspect Stream.chunk_by(%{a: 1, b: 1, c: 2}, &elem(&1, 1)) |> Enum.to_list()
