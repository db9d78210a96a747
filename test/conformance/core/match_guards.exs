defmodule G do
  def kind(x) when is_integer(x) and rem(x, 2) == 0, do: :even
  def kind(x) when is_integer(x), do: :odd
  def kind(x) when is_list(x) and length(x) > 2, do: :long_list
  def kind(x) when is_list(x), do: :list
  def kind(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def kind(x) when is_map_key(x, :id), do: :entity
  def kind(x) when is_tuple(x) and tuple_size(x) == 2 and elem(x, 0) == :ok, do: :ok_pair
  def kind(x) when x in [:red, :green, :blue], do: :color
  def kind(x) when is_atom(x) or is_binary(x), do: :name
  def kind(x) when is_function(x, 1), do: :fun1
  def kind(x) when is_function(x), do: :fun
  def kind(_), do: :other

  def safe(x) when hd(x) > 0, do: :positive_head
  def safe(_), do: :guard_failed_silently

  def between(x, lo, hi) when x >= lo and x <= hi, do: true
  def between(_, _, _), do: false

  def abs_or_len(x) when abs(x) > 10 or byte_size(x) > 2, do: :big
  def abs_or_len(_), do: :small
end

for v <- [4, 7, [1, 2, 3], [1], %{}, %{id: 1}, {:ok, 2}, :red, :other, "s", fn a -> a end, fn -> 1 end, 1.5] do
  IO.inspect(G.kind(v))
end
IO.inspect(G.safe([1]))
IO.inspect(G.safe([]))
IO.inspect(G.safe(:notalist))
IO.inspect(G.between(5, 1, 10))
IO.inspect(G.between(11, 1, 10))
IO.inspect(G.abs_or_len(-20))
IO.inspect(G.abs_or_len("abc"))
IO.inspect(G.abs_or_len("ab"))
f = fn
  x when is_number(x) and x > 100 -> :huge
  x when is_number(x) -> :num
  _ -> :nan
end
IO.inspect(Enum.map([1000, 3, "x"], f))
IO.inspect(Enum.filter(1..20, fn x when rem(x, 3) == 0 -> true; _ -> false end))
