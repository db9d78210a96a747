defmodule BST do
  def insert(nil, v), do: {nil, v, nil}
  def insert({l, x, r}, v) when v < x, do: {insert(l, v), x, r}
  def insert({l, x, r}, v) when v > x, do: {l, x, insert(r, v)}
  def insert(t, _), do: t

  def member?(nil, _), do: false
  def member?({l, x, r}, v), do: cond(do: (v == x -> true; v < x -> member?(l, v); true -> member?(r, v)))

  def to_list(nil), do: []
  def to_list({l, x, r}), do: to_list(l) ++ [x] ++ to_list(r)

  def height(nil), do: 0
  def height({l, _, r}), do: 1 + max(height(l), height(r))

  def fold(nil, acc, _f), do: acc
  def fold({l, x, r}, acc, f), do: fold(r, f.(x, fold(l, acc, f)), f)

  def min({nil, x, _}), do: x
  def min({l, _, _}), do: min(l)
end

tree = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 30, 65], nil, &BST.insert(&2, &1))
IO.inspect(tree)
IO.inspect(BST.to_list(tree))
IO.inspect(BST.height(tree))
IO.inspect({BST.member?(tree, 65), BST.member?(tree, 66)})
IO.inspect(BST.fold(tree, 0, &+/2))
IO.inspect(BST.min(tree))
big = Enum.reduce(1..2000, nil, fn i, t -> BST.insert(t, rem(i * 7919, 2003)) end)
IO.inspect({length(BST.to_list(big)), BST.height(big)})
