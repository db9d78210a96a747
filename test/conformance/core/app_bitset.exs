defmodule BitSet do
  import Bitwise
  def new, do: 0
  def put(s, i), do: s ||| (1 <<< i)
  def delete(s, i), do: s &&& bnot(1 <<< i)
  def member?(s, i), do: (s &&& (1 <<< i)) != 0
  def union(a, b), do: a ||| b
  def intersection(a, b), do: a &&& b
  def to_list(s), do: for(i <- 0..200, member?(s, i), do: i)
  def size(s), do: s |> Integer.digits(2) |> Enum.count(&(&1 == 1))
end

a = Enum.reduce([1, 3, 5, 64, 100, 130], BitSet.new(), &BitSet.put(&2, &1))
b = Enum.reduce([3, 4, 5, 130, 199], BitSet.new(), &BitSet.put(&2, &1))
IO.inspect(BitSet.to_list(a))
IO.inspect(BitSet.to_list(BitSet.union(a, b)))
IO.inspect(BitSet.to_list(BitSet.intersection(a, b)))
IO.inspect(BitSet.size(a))
IO.inspect(BitSet.member?(a, 64))
IO.inspect(BitSet.to_list(BitSet.delete(a, 64)))
IO.inspect(a)
