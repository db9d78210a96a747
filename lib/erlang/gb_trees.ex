# Erlang's :gb_trees (general balanced trees, Andersson): {size, tree} with nodes
# {key, value, smaller, bigger} | nil, balanced on insertion by the same rule as OTP's
# (2^height <= size^2), so trees print, compare and fail (function names included) as on the BEAM.
defmodule :gb_trees do
  def empty, do: {0, nil}

  def is_empty({0, nil}), do: true
  def is_empty(_), do: false

  def size({size, _}) when is_integer(size) and size >= 0, do: size

  def lookup(key, {_, t}), do: lookup_1(key, t)

  defp lookup_1(key, {key1, _, smaller, _}) when key < key1, do: lookup_1(key, smaller)
  defp lookup_1(key, {key1, _, _, bigger}) when key > key1, do: lookup_1(key, bigger)
  defp lookup_1(_, {_, value, _, _}), do: {:value, value}
  defp lookup_1(_, nil), do: :none

  def is_defined(key, {_, t}), do: is_defined_1(key, t)

  defp is_defined_1(key, {key1, _, smaller, _}) when key < key1, do: is_defined_1(key, smaller)
  defp is_defined_1(key, {key1, _, _, bigger}) when key > key1, do: is_defined_1(key, bigger)
  defp is_defined_1(_, {_, _, _, _}), do: true
  defp is_defined_1(_, nil), do: false

  def get(key, {_, t}), do: get_1(key, t)

  defp get_1(key, {key1, _, smaller, _}) when key < key1, do: get_1(key, smaller)
  defp get_1(key, {key1, _, _, bigger}) when key > key1, do: get_1(key, bigger)
  defp get_1(_, {_, value, _, _}), do: value

  def update(key, val, {s, t}), do: {s, update_1(key, val, t)}

  defp update_1(key, value, {key1, v, smaller, bigger}) when key < key1,
    do: {key1, v, update_1(key, value, smaller), bigger}

  defp update_1(key, value, {key1, v, smaller, bigger}) when key > key1,
    do: {key1, v, smaller, update_1(key, value, bigger)}

  defp update_1(key, value, {_, _, smaller, bigger}), do: {key, value, smaller, bigger}

  def insert(key, val, {s, t}) when is_integer(s) do
    s1 = s + 1
    {s1, insert_1(key, val, t, s1 * s1)}
  end

  # returns a bare node while no rebalancing can be needed, {node, height, size} while it may be
  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key < key1 do
    case insert_1(key, value, smaller, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} -> rebalance({key1, v, t1, bigger}, h1, s1, bigger)
      t1 -> {key1, v, t1, bigger}
    end
  end

  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key > key1 do
    case insert_1(key, value, bigger, Bitwise.bsr(s, 1)) do
      {t1, h1, s1} -> rebalance({key1, v, smaller, t1}, h1, s1, smaller)
      t1 -> {key1, v, smaller, t1}
    end
  end

  defp insert_1(key, value, nil, 0), do: {{key, value, nil, nil}, 1, 1}
  defp insert_1(key, value, nil, _s), do: {key, value, nil, nil}
  defp insert_1(key, _, _, _), do: :erlang.error({:key_exists, key})

  defp rebalance(t, h1, s1, other) do
    {h2, s2} = count(other)
    h = Bitwise.bsl(max(h1, h2), 1)
    ss = s1 + s2 + 1

    if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
  end

  def enter(key, val, t) do
    if is_defined(key, t), do: update(key, val, t), else: insert(key, val, t)
  end

  defp count({_, _, nil, nil}), do: {1, 1}

  defp count({_, _, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {Bitwise.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def balance({s, t}), do: {s, balance(t, s)}

  defp balance(t, s), do: balance_list(to_list(t, []), s)

  defp balance_list(l, s) do
    {t, []} = balance_list_1(l, s)
    t
  end

  defp balance_list_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [{k, v} | l1]} = balance_list_1(l, s1)
    {t2, l2} = balance_list_1(l1, s2)
    {{k, v, t1, t2}, l2}
  end

  defp balance_list_1([{key, val} | l], 1), do: {{key, val, nil, nil}, l}
  defp balance_list_1(l, 0), do: {nil, l}

  def from_orddict(l) do
    s = length(l)
    {s, balance_list(l, s)}
  end

  def delete_any(key, t) do
    if is_defined(key, t), do: delete(key, t), else: t
  end

  def delete(key, {s, t}) when is_integer(s) and s >= 0, do: {s - 1, delete_1(key, t)}

  defp delete_1(key, {key1, value, smaller, larger}) when key < key1,
    do: {key1, value, delete_1(key, smaller), larger}

  defp delete_1(key, {key1, value, smaller, bigger}) when key > key1,
    do: {key1, value, smaller, delete_1(key, bigger)}

  defp delete_1(_, {_, _, smaller, larger}), do: merge(smaller, larger)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger

  defp merge(smaller, larger) do
    {key, value, larger1} = take_smallest1(larger)
    {key, value, smaller, larger1}
  end

  def take_any(key, tree) do
    if is_defined(key, tree), do: take(key, tree), else: :error
  end

  def take(key, {s, t}) when is_integer(s) and s >= 0 do
    {value, res} = take_1(key, t)
    {value, {s - 1, res}}
  end

  defp take_1(key, {key1, value, smaller, larger}) when key < key1 do
    {value2, smaller1} = take_1(key, smaller)
    {value2, {key1, value, smaller1, larger}}
  end

  defp take_1(key, {key1, value, smaller, bigger}) when key > key1 do
    {value2, bigger1} = take_1(key, bigger)
    {value2, {key1, value, smaller, bigger1}}
  end

  defp take_1(_, {_key, value, smaller, larger}), do: {value, merge(smaller, larger)}

  def take_smallest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, larger} = take_smallest1(tree)
    {key, value, {size - 1, larger}}
  end

  defp take_smallest1({key, value, nil, larger}), do: {key, value, larger}

  defp take_smallest1({key, value, smaller, larger}) do
    {key1, value1, smaller1} = take_smallest1(smaller)
    {key1, value1, {key, value, smaller1, larger}}
  end

  def smallest({_, tree}), do: smallest_1(tree)

  defp smallest_1({key, value, nil, _larger}), do: {key, value}
  defp smallest_1({_key, _value, smaller, _larger}), do: smallest_1(smaller)

  def take_largest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, smaller} = take_largest1(tree)
    {key, value, {size - 1, smaller}}
  end

  defp take_largest1({key, value, smaller, nil}), do: {key, value, smaller}

  defp take_largest1({key, value, smaller, larger}) do
    {key1, value1, larger1} = take_largest1(larger)
    {key1, value1, {key, value, smaller, larger1}}
  end

  def largest({_, tree}), do: largest_1(tree)

  defp largest_1({key, value, _smaller, nil}), do: {key, value}
  defp largest_1({_key, _value, _smaller, larger}), do: largest_1(larger)

  def to_list({_, t}), do: to_list(t, [])

  defp to_list({key, value, small, big}, l), do: to_list(small, [{key, value} | to_list(big, l)])
  defp to_list(nil, l), do: l

  def keys({_, t}), do: keys(t, [])

  defp keys({key, _value, small, big}, l), do: keys(small, [key | keys(big, l)])
  defp keys(nil, l), do: l

  def values({_, t}), do: values(t, [])

  defp values({_key, value, small, big}, l), do: values(small, [value | values(big, l)])
  defp values(nil, l), do: l

  def iterator({_, t}), do: iterator(t, [])

  defp iterator({_, _, nil, _} = t, as), do: [t | as]
  defp iterator({_, _, l, _} = t, as), do: iterator(l, [t | as])
  defp iterator(nil, as), do: as

  def iterator_from(s, {_, t}), do: iterator_from(s, t, [])

  defp iterator_from(s, {k, _, _, t}, as) when k < s, do: iterator_from(s, t, as)
  defp iterator_from(_, {_, _, nil, _} = t, as), do: [t | as]
  defp iterator_from(s, {_, _, l, _} = t, as), do: iterator_from(s, l, [t | as])
  defp iterator_from(_, nil, as), do: as

  def next([{x, v, _, t} | as]), do: {x, v, iterator(t, as)}
  def next([]), do: :none

  def map(f, {size, tree}) when is_function(f, 2), do: {size, map_1(f, tree)}

  defp map_1(_, nil), do: nil
  defp map_1(f, {k, v, smaller, larger}), do: {k, f.(k, v), map_1(f, smaller), map_1(f, larger)}
end
