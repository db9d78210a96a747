# IO.iodata_to_binary / list_to_binary of iolists of every size around what one walk answers
# for (vm/bifs/list_jobs.ts iolistOneChunk: short ones written to a scratch buffer in one walk,
# long ones, of many cells or many bytes, by the job), their errors, and binaries made one after
# another staying apart.
sizes = [0, 1, 63, 64, 65, 255, 256, 257, 15_999, 16_000, 16_001, 16_383, 16_384, 16_385, 17_408, 17_409, 40_000]
for n <- sizes do
  flat = List.duplicate(?a, min(n, 300)) ++ [String.duplicate("b", max(n - 300, 0))]
  one = [String.duplicate("c", n)]
  nested = [[[["d"]]], String.duplicate("e", max(n - 1, 0))]
  b1 = IO.iodata_to_binary(flat)
  b2 = IO.iodata_to_binary(one)
  b3 = :erlang.list_to_binary(nested)
  IO.inspect({n, byte_size(b1), byte_size(b2), byte_size(b3), binary_part(b1, 0, min(n, 3)), binary_part(b3, 0, min(n, 2))})
end
a = IO.iodata_to_binary([?x, "yz"])
b = IO.iodata_to_binary([?u, "vw"])
c = IO.iodata_to_binary(List.duplicate("0123456789", 10))
d = IO.iodata_to_binary(List.duplicate("abcdefghij", 10))
IO.inspect({a, b, binary_part(c, 0, 12), binary_part(d, 0, 12)})
IO.inspect(IO.iodata_to_binary(Enum.to_list(0..255)) |> :erlang.md5() |> Base.encode16())
for bad <- [[1, 256], [-1], [1.0], [:a], [1 | 2], ["a" | :b], [<<1::3>>], [[[[1, [2, 3.5]]]]], [String.duplicate("x", 20_000), :bad]] do
  IO.inspect(try do IO.iodata_to_binary(bad) rescue e -> e end)
  IO.inspect(try do :erlang.list_to_binary(bad) rescue e -> e end)
end
IO.inspect(try do :erlang.list_to_binary("bin") rescue e -> e end)
IO.inspect(IO.iodata_to_binary("as is"))
