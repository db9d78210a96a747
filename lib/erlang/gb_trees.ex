# Erlang's :gb_trees (general balanced trees, Andersson): {size, tree} with nodes
# {key, value, smaller, bigger} | nil, balanced on insertion by the same rule as OTP's
# (2^height <= size^2), so trees print, compare and fail (function names included) as on the BEAM.
# Frames name gb_trees.erl at OTP 25's lines (@file, @beamlet_def_line for a function's first
# clause, __at_line__ for a call); beamlet's rebalance/4 stands for code inside OTP's insert_1/4.
defmodule :gb_trees do
  def empty, do: {0, nil}

  def is_empty({0, nil}), do: true
  def is_empty(_), do: false

  @file "gb_trees.erl"
  @beamlet_def_line 188
  def size({size, _}) when is_integer(size) and size >= 0, do: size

  @file "gb_trees.erl"
  @beamlet_def_line 196
  def lookup(key, {_, t}), do: lookup_1(key, t)

  @file "gb_trees.erl"
  @beamlet_def_line 206
  defp lookup_1(key, {key1, _, smaller, _}) when key < key1, do: lookup_1(key, smaller)
  @file "gb_trees.erl"
  defp lookup_1(key, {key1, _, _, bigger}) when key > key1, do: lookup_1(key, bigger)
  @file "gb_trees.erl"
  defp lookup_1(_, {_, value, _, _}), do: {:value, value}
  @file "gb_trees.erl"
  defp lookup_1(_, nil), do: :none

  @file "gb_trees.erl"
  @beamlet_def_line 222
  def is_defined(key, {_, t}), do: is_defined_1(key, t)

  @file "gb_trees.erl"
  @beamlet_def_line 225
  defp is_defined_1(key, {key1, _, smaller, _}) when key < key1, do: is_defined_1(key, smaller)
  @file "gb_trees.erl"
  defp is_defined_1(key, {key1, _, _, bigger}) when key > key1, do: is_defined_1(key, bigger)
  @file "gb_trees.erl"
  defp is_defined_1(_, {_, _, _, _}), do: true
  @file "gb_trees.erl"
  defp is_defined_1(_, nil), do: false

  @file "gb_trees.erl"
  @beamlet_def_line 241
  def get(key, {_, t}), do: get_1(key, t)

  @file "gb_trees.erl"
  @beamlet_def_line 244
  defp get_1(key, {key1, _, smaller, _}) when key < key1, do: get_1(key, smaller)
  @file "gb_trees.erl"
  defp get_1(key, {key1, _, _, bigger}) when key > key1, do: get_1(key, bigger)
  @file "gb_trees.erl"
  defp get_1(_, {_, value, _, _}), do: value

  @file "gb_trees.erl"
  @beamlet_def_line 257
  def update(key, val, {s, t}), do: {s, __at_line__(258, update_1(key, val, t))}

  @file "gb_trees.erl"
  @beamlet_def_line 263
  defp update_1(key, value, {key1, v, smaller, bigger}) when key < key1,
    do: {key1, v, __at_line__(264, update_1(key, value, smaller)), bigger}

  @file "gb_trees.erl"
  defp update_1(key, value, {key1, v, smaller, bigger}) when key > key1,
    do: {key1, v, smaller, __at_line__(266, update_1(key, value, bigger))}

  @file "gb_trees.erl"
  defp update_1(key, value, {_, _, smaller, bigger}), do: {key, value, smaller, bigger}

  @file "gb_trees.erl"
  @beamlet_def_line 276
  def insert(key, val, {s, t}) when is_integer(s) do
    s1 = s + 1
    {s1, __at_line__(278, insert_1(key, val, t, s1 * s1))}
  end

  # returns a bare node while no rebalancing can be needed, {node, height, size} while it may be
  @file "gb_trees.erl"
  @beamlet_def_line 280
  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key < key1 do
    case __at_line__(281, insert_1(key, value, smaller, Bitwise.bsr(s, 1))) do
      {t1, h1, s1} -> rebalance({key1, v, t1, bigger}, h1, s1, bigger)
      t1 -> {key1, v, t1, bigger}
    end
  end

  @file "gb_trees.erl"
  defp insert_1(key, value, {key1, v, smaller, bigger}, s) when key > key1 do
    case __at_line__(298, insert_1(key, value, bigger, Bitwise.bsr(s, 1))) do
      {t1, h1, s1} -> rebalance({key1, v, smaller, t1}, h1, s1, smaller)
      t1 -> {key1, v, smaller, t1}
    end
  end

  @file "gb_trees.erl"
  defp insert_1(key, value, nil, 0), do: {{key, value, nil, nil}, 1, 1}
  @file "gb_trees.erl"
  defp insert_1(key, value, nil, _s), do: {key, value, nil, nil}
  @file "gb_trees.erl"
  defp insert_1(key, _, _, _), do: __at_line__(319, :erlang.error({:key_exists, key}))

  defp rebalance(t, h1, s1, other) do
    {h2, s2} = count(other)
    h = Bitwise.bsl(max(h1, h2), 1)
    ss = s1 + s2 + 1

    if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 327
  def enter(key, val, t) do
    if __at_line__(328, is_defined(key, t)), do: update(key, val, t), else: insert(key, val, t)
  end

  @file "gb_trees.erl"
  @beamlet_def_line 338
  defp count({_, _, nil, nil}), do: {1, 1}

  @file "gb_trees.erl"
  defp count({_, _, sm, bi}) do
    {h1, s1} = __at_line__(341, count(sm))
    {h2, s2} = __at_line__(342, count(bi))
    {Bitwise.bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  @file "gb_trees.erl"
  defp count(nil), do: {1, 0}

  @file "gb_trees.erl"
  @beamlet_def_line 352
  def balance({s, t}), do: {s, __at_line__(353, balance(t, s))}

  @file "gb_trees.erl"
  @beamlet_def_line 355
  defp balance(t, s), do: balance_list(__at_line__(356, to_list(t, [])), s)

  @file "gb_trees.erl"
  @beamlet_def_line 358
  defp balance_list(l, s) do
    __at_line__(359, {t, []} = balance_list_1(l, s))
    t
  end

  @file "gb_trees.erl"
  @beamlet_def_line 362
  defp balance_list_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    __at_line__(366, {t1, [{k, v} | l1]} = balance_list_1(l, s1))
    __at_line__(367, {t2, l2} = balance_list_1(l1, s2))
    {{k, v, t1, t2}, l2}
  end

  @file "gb_trees.erl"
  defp balance_list_1([{key, val} | l], 1), do: {{key, val, nil, nil}, l}
  @file "gb_trees.erl"
  defp balance_list_1(l, 0), do: {nil, l}

  @file "gb_trees.erl"
  @beamlet_def_line 379
  def from_orddict(l) do
    s = __at_line__(380, length(l))
    {s, __at_line__(381, balance_list(l, s))}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 389
  def delete_any(key, t) do
    if __at_line__(390, is_defined(key, t)), do: delete(key, t), else: t
  end

  @file "gb_trees.erl"
  @beamlet_def_line 403
  def delete(key, {s, t}) when is_integer(s) and s >= 0, do: {s - 1, __at_line__(404, delete_1(key, t))}

  @file "gb_trees.erl"
  @beamlet_def_line 408
  defp delete_1(key, {key1, value, smaller, larger}) when key < key1,
    do: {key1, value, __at_line__(409, delete_1(key, smaller)), larger}

  @file "gb_trees.erl"
  defp delete_1(key, {key1, value, smaller, bigger}) when key > key1,
    do: {key1, value, smaller, __at_line__(412, delete_1(key, bigger))}

  @file "gb_trees.erl"
  defp delete_1(_, {_, _, smaller, larger}), do: merge(smaller, larger)

  @file "gb_trees.erl"
  @beamlet_def_line 417
  defp merge(smaller, nil), do: smaller
  @file "gb_trees.erl"
  defp merge(nil, larger), do: larger

  @file "gb_trees.erl"
  defp merge(smaller, larger) do
    {key, value, larger1} = __at_line__(422, take_smallest1(larger))
    {key, value, smaller, larger1}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 433
  def take_any(key, tree) do
    if __at_line__(434, is_defined(key, tree)), do: take(key, tree), else: :error
  end

  @file "gb_trees.erl"
  @beamlet_def_line 447
  def take(key, {s, t}) when is_integer(s) and s >= 0 do
    {value, res} = __at_line__(448, take_1(key, t))
    {value, {s - 1, res}}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 451
  defp take_1(key, {key1, value, smaller, larger}) when key < key1 do
    {value2, smaller1} = __at_line__(452, take_1(key, smaller))
    {value2, {key1, value, smaller1, larger}}
  end

  @file "gb_trees.erl"
  defp take_1(key, {key1, value, smaller, bigger}) when key > key1 do
    {value2, bigger1} = __at_line__(455, take_1(key, bigger))
    {value2, {key1, value, smaller, bigger1}}
  end

  @file "gb_trees.erl"
  defp take_1(_, {_key, value, smaller, larger}), do: {value, __at_line__(458, merge(smaller, larger))}

  @file "gb_trees.erl"
  @beamlet_def_line 466
  def take_smallest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, larger} = __at_line__(467, take_smallest1(tree))
    {key, value, {size - 1, larger}}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 470
  defp take_smallest1({key, value, nil, larger}), do: {key, value, larger}

  @file "gb_trees.erl"
  defp take_smallest1({key, value, smaller, larger}) do
    {key1, value1, smaller1} = __at_line__(473, take_smallest1(smaller))
    {key1, value1, {key, value, smaller1, larger}}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 479
  def smallest({_, tree}), do: smallest_1(tree)

  @file "gb_trees.erl"
  @beamlet_def_line 482
  defp smallest_1({key, value, nil, _larger}), do: {key, value}
  @file "gb_trees.erl"
  defp smallest_1({_key, _value, smaller, _larger}), do: smallest_1(smaller)

  @file "gb_trees.erl"
  @beamlet_def_line 491
  def take_largest({size, tree}) when is_integer(size) and size >= 0 do
    {key, value, smaller} = __at_line__(492, take_largest1(tree))
    {key, value, {size - 1, smaller}}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 495
  defp take_largest1({key, value, smaller, nil}), do: {key, value, smaller}

  @file "gb_trees.erl"
  defp take_largest1({key, value, smaller, larger}) do
    {key1, value1, larger1} = __at_line__(498, take_largest1(larger))
    {key1, value1, {key, value, smaller, larger1}}
  end

  @file "gb_trees.erl"
  @beamlet_def_line 504
  def largest({_, tree}), do: largest_1(tree)

  @file "gb_trees.erl"
  @beamlet_def_line 507
  defp largest_1({key, value, _smaller, nil}), do: {key, value}
  @file "gb_trees.erl"
  defp largest_1({_key, _value, _smaller, larger}), do: largest_1(larger)

  @file "gb_trees.erl"
  @beamlet_def_line 517
  def to_list({_, t}), do: to_list(t, [])

  @file "gb_trees.erl"
  @beamlet_def_line 522
  defp to_list({key, value, small, big}, l), do: to_list(small, [{key, value} | __at_line__(523, to_list(big, l))])
  @file "gb_trees.erl"
  defp to_list(nil, l), do: l

  @file "gb_trees.erl"
  @beamlet_def_line 531
  def keys({_, t}), do: keys(t, [])

  @file "gb_trees.erl"
  @beamlet_def_line 534
  defp keys({key, _value, small, big}, l), do: keys(small, [key | __at_line__(535, keys(big, l))])
  @file "gb_trees.erl"
  defp keys(nil, l), do: l

  @file "gb_trees.erl"
  @beamlet_def_line 543
  def values({_, t}), do: values(t, [])

  @file "gb_trees.erl"
  @beamlet_def_line 546
  defp values({_key, value, small, big}, l), do: values(small, [value | __at_line__(547, values(big, l))])
  @file "gb_trees.erl"
  defp values(nil, l), do: l

  @file "gb_trees.erl"
  @beamlet_def_line 556
  def iterator({_, t}), do: iterator(t, [])

  @file "gb_trees.erl"
  @beamlet_def_line 565
  defp iterator({_, _, nil, _} = t, as), do: [t | as]
  @file "gb_trees.erl"
  defp iterator({_, _, l, _} = t, as), do: iterator(l, [t | as])
  @file "gb_trees.erl"
  defp iterator(nil, as), do: as

  @file "gb_trees.erl"
  @beamlet_def_line 578
  def iterator_from(s, {_, t}), do: iterator_from(s, t, [])

  @file "gb_trees.erl"
  @beamlet_def_line 584
  defp iterator_from(s, {k, _, _, t}, as) when k < s, do: iterator_from(s, t, as)
  @file "gb_trees.erl"
  defp iterator_from(_, {_, _, nil, _} = t, as), do: [t | as]
  @file "gb_trees.erl"
  defp iterator_from(s, {_, _, l, _} = t, as), do: iterator_from(s, l, [t | as])
  @file "gb_trees.erl"
  defp iterator_from(_, nil, as), do: as

  @file "gb_trees.erl"
  @beamlet_def_line 599
  def next([{x, v, _, t} | as]), do: {x, v, __at_line__(600, iterator(t, as))}
  @file "gb_trees.erl"
  def next([]), do: :none

  @file "gb_trees.erl"
  @beamlet_def_line 611
  def map(f, {size, tree}) when is_function(f, 2), do: {size, __at_line__(612, map_1(f, tree))}

  @file "gb_trees.erl"
  @beamlet_def_line 614
  defp map_1(_, nil), do: nil
  @file "gb_trees.erl"
  defp map_1(f, {k, v, smaller, larger}), do: __at_line__(616, {k, f.(k, v), map_1(f, smaller), map_1(f, larger)})
end
