# Enum.reduce/3 over a range folds its integers in Enum.reduce_range/5 (Elixir 1.14's clause for
# ranges): an exception in the fun shows that frame, and ranges up, down, with steps and empty
# fold the same integers as the list would.
enum_frames = fn st -> for {Enum, f, a, loc} <- st, do: {f, a, loc[:line]} end

for r <- [1..5, 5..1//-1, 1..10//3, 10..1//-4, 1..0//1, 0..1//-1, -3..3//2] do
  IO.inspect({r, Enum.reduce(r, [], &[&1 | &2]), Enum.map(r, &(&1 * 2)), Enum.filter(r, &(rem(&1, 2) == 0))})
end

try do
  Enum.reduce(1..3, 0, fn 3, _ -> raise "at 3"; x, a -> x + a end)
rescue
  e -> IO.inspect({e, enum_frames.(__STACKTRACE__)})
end

try do
  Enum.reduce(9..1//-2, 0, fn x, a -> a + x * :a end)
rescue
  e -> IO.inspect({e.__struct__, enum_frames.(__STACKTRACE__)})
end

IO.inspect(Enum.reduce(1..100_000, 0, &+/2))
