# :array (lib/erlang/array.ex) with 100,000 entries: from_list, to_list, folds, growth past the capacity
l = Enum.to_list(1..100_000)
a = :array.from_list(l)
IO.inspect({:array.to_list(a) == l, :array.foldl(fn _, x, acc -> acc + x end, 0, a), :array.foldr(fn i, _, acc -> acc + i end, 0, a), :array.sparse_size(a), elem(a, 2)})
b = :array.set(100_000, :end, a)
IO.inspect({:array.size(b), elem(b, 2), :array.get(100_000, b), :array.get(54_321, b), length(:array.sparse_to_orddict(b))})
