# inspect and failure frames of Stream stages that carry state (take_every, drop_every,
# map_every, uniq_by, scan, drop_while) and of those built on transform (intersperse, flat_map)
s = [1, 2, 3, 4, 5]
for st <- [
  Stream.take_every(s, 2), Stream.take_every(s, 0), Stream.take_every([], 2),
  Stream.drop_every(s, 2), Stream.drop_every(s, 0), Stream.drop_every([], 3),
  Stream.map_every(s, 2, &(&1 * 10)), Stream.map_every(s, 0, &(&1 * 10)),
  Stream.map_every(s, 1, &(&1 * 10)), Stream.map_every([], 2, &(&1 * 10)),
  Stream.uniq_by([1, 2, 1, 3, 2], &(&1)), Stream.uniq([1, 1, 2]), Stream.dedup([1, 1, 2]),
  Stream.scan(s, &(&1 + &2)), Stream.scan(s, 100, &(&1 + &2)),
  Stream.drop_while(s, &(&1 < 3)), Stream.intersperse(s, 0), Stream.intersperse([], 0),
  Stream.flat_map(s, &[&1, &1]), Stream.concat(s, s), Stream.concat([s, [6]]),
  Stream.transform(s, 0, fn x, a -> {[x + a], a + 1} end),
  Stream.transform(s, fn -> 0 end, fn x, a -> {[x + a], a + 1} end, fn _ -> :ok end),
  Stream.transform(s, fn -> 0 end, fn x, a -> {[x + a], a + 1} end, fn a -> {[a], a} end, fn _ -> :ok end),
  Stream.map(s, &(&1 * 2)) |> Stream.take_every(2) |> Stream.scan(&(&1 + &2)) |> Stream.drop_every(2),
  Stream.uniq_by(s, &rem(&1, 2)) |> Stream.drop_while(&(&1 < 2)) |> Stream.map_every(2, &(-&1)),
  Stream.drop(s, -2), Stream.drop(s, -9), Stream.drop(s, -2) |> Stream.drop(-1), Stream.cycle([1, 2]) |> Stream.take(5)
] do
  IO.puts(inspect(st, width: 200))
  IO.inspect(Enum.to_list(st))
  IO.inspect(Enum.take(st, 2))
end
IO.inspect Stream.cycle([1, 2]) |> Stream.take_every(3) |> Enum.take(4)
IO.inspect Stream.iterate(1, &(&1 + 1)) |> Stream.drop_every(2) |> Stream.uniq_by(&rem(&1, 7)) |> Enum.take(5)
IO.inspect Stream.iterate(1, &(&1 + 1)) |> Stream.scan(&(&1 + &2)) |> Stream.drop_while(&(&1 < 20)) |> Enum.take(3)
IO.inspect Stream.zip(Stream.scan(1..5, 0, &+/2), Stream.map_every(1..10, 3, &(&1 * 100))) |> Enum.to_list()
IO.inspect Stream.intersperse(1..4, :sep) |> Stream.take(4) |> Enum.to_list()
IO.inspect Stream.each(1..4, &IO.write("<#{&1}>")) |> Stream.drop(-2) |> Stream.each(&IO.write("[#{&1}]")) |> Enum.to_list()
IO.inspect Stream.cycle(1..3) |> Enum.take(7)
IO.inspect Stream.flat_map(1..3, &List.duplicate(&1, &1)) |> Stream.take_every(2) |> Enum.to_list()
for f <- [
  fn -> Stream.map_every(s, 2, fn _ -> raise "m" end) |> Enum.to_list() end,
  fn -> Stream.uniq_by(s, fn _ -> raise "u" end) |> Enum.to_list() end,
  fn -> Stream.scan(s, fn _, _ -> raise "s2" end) |> Enum.to_list() end,
  fn -> Stream.scan(s, 0, fn _, _ -> raise "s3" end) |> Enum.to_list() end,
  fn -> Stream.drop_while(s, fn _ -> raise "d" end) |> Enum.to_list() end,
  fn -> Stream.take_every(s, 2) |> Stream.map(fn _ -> raise "t" end) |> Enum.to_list() end,
  fn -> Stream.drop_every(s, 2) |> Stream.map(fn _ -> raise "de" end) |> Enum.to_list() end,
  fn -> Stream.map(s, fn _ -> raise "before" end) |> Stream.take_every(2) |> Enum.to_list() end,
  fn -> Stream.map(s, fn _ -> raise "before" end) |> Stream.scan(&+/2) |> Enum.sum() end,
  fn -> Stream.drop(s, -2) |> Stream.map(fn _ -> raise "dn" end) |> Enum.to_list() end,
  fn -> Stream.take_every(s, -1) end,
  fn -> Stream.drop_every(s, :a) end,
  fn -> Stream.map_every(s, -2, & &1) end,
  fn -> Stream.uniq_by(s, :x) end,
] do
  try do
    IO.inspect(f.())
  rescue e -> IO.inspect({e, __STACKTRACE__ |> Enum.reject(&(elem(&1, 0) == :elixir_compiler_0)) |> Enum.take(5)}, width: 100)
  end
end
