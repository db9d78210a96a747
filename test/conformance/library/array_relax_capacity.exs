# :array (lib/erlang/array.ex): relax/1 of a shrunk array sets max below the tree's capacity; growth
# then nests the old tree as OTP 25's does, and each function reads that tree as OTP's: the folds
# (and map, sparse_map) by span, to_list and the to_orddicts whole, numbering down from size - 1
f = :array.fix(:array.resize(1, :array.from_list(Enum.to_list(1..30))))
s = :array.set(15, :x, :array.relax(f))
IO.inspect(s, limit: :infinity, width: 300)
IO.inspect(:array.to_orddict(s), limit: :infinity, width: 300)
IO.inspect(:array.sparse_to_orddict(s), limit: :infinity, width: 300)
IO.inspect(:array.foldl(fn i, x, a -> [{i, x} | a] end, [], s) |> Enum.reverse(), limit: :infinity, width: 300)
IO.inspect(:array.foldr(fn i, x, a -> [{i, x} | a] end, [], s), limit: :infinity, width: 300)
IO.inspect(:array.sparse_foldl(fn i, x, a -> [{i, x} | a] end, [], s) |> Enum.reverse(), limit: :infinity, width: 300)
IO.inspect(:array.sparse_foldr(fn i, x, a -> [{i, x} | a] end, [], s), limit: :infinity, width: 300)
IO.inspect({:array.sparse_size(s), :array.get(12, s), :array.to_list(s)}, limit: :infinity, width: 300)
IO.inspect(:array.map(fn i, x -> {i, x} end, s), limit: :infinity, width: 300)
IO.inspect(:array.sparse_map(fn i, x -> {i, x} end, s), limit: :infinity, width: 300)
IO.inspect(:array.resize(s), limit: :infinity, width: 300)
IO.inspect(:array.reset(12, s), limit: :infinity, width: 300)
IO.inspect(:array.get(12, s))
