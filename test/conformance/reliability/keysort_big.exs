# :lists.keysort and List.keysort on lists long enough to run in many chunks: order (stable by
# key), and failures met late in the walk name OTP's frames
l = for i <- 1..120_000, do: {rem(i * 7919, 1000), i}
r = :lists.keysort(1, l)
IO.inspect(Enum.take(r, 4))
IO.inspect(Enum.take(r, -3))
IO.inspect(r == Enum.sort_by(l, &elem(&1, 0)))
IO.inspect(List.keysort(l, 1) == Enum.sort_by(l, &elem(&1, 1)))
desc = for i <- 90_000..1//-1, do: {i, rem(i, 3)}
IO.inspect(:lists.keysort(2, desc) |> Enum.take(3))

bad = List.replace_at(l, 100_000, :oops)
try do
  :lists.keysort(1, bad)
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end

improper = Enum.reduce(Enum.to_list(100_000..1//-1), {0, 0}, fn i, acc -> [{i} | acc] end)
try do
  :lists.keysort(1, improper)
rescue
  e -> IO.inspect({e.__struct__, hd(__STACKTRACE__) |> elem(1)})
end

try do
  List.keysort(bad, 0)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end
