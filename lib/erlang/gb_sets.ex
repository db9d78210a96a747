# Erlang's :gb_sets: {size, tree} with nodes {key, smaller, bigger} | nil, balanced as :gb_trees.
# Set operations pick OTP's strategy (merge the sorted lists, or look each element up) by the
# same size rule, so the resulting trees have the same shape as on the BEAM. Frames name gb_sets.erl
# at OTP 25's lines (the def-lines table for a function's first clause, __at_line__ for a call).
defmodule :gb_sets do
  import Bitwise, only: [bsl: 2, bsr: 2]

  def empty, do: {0, nil}
  def new, do: empty()

  def is_empty({0, nil}), do: true
  def is_empty(_), do: false

  def size({size, _}), do: size

  def singleton(key), do: {1, {key, nil, nil}}

  def is_element(key, s), do: is_member(key, s)

  def is_member(key, {_, t}), do: is_member_1(key, t)

  defp is_member_1(key, {key1, smaller, _}) when key < key1, do: is_member_1(key, smaller)
  defp is_member_1(key, {key1, _, bigger}) when key > key1, do: is_member_1(key, bigger)
  defp is_member_1(_, {_, _, _}), do: true
  defp is_member_1(_, nil), do: false

  def insert(key, {s, t}) do
    s1 = s + 1
    {s1, __at_line__(264, insert_1(key, t, s1 * s1))}
  end

  defp insert_1(key, {key1, smaller, bigger}, s) when key < key1 do
    case __at_line__(267, insert_1(key, smaller, bsr(s, 1))) do
      {t1, h1, s1} when is_integer(h1) -> rebalance({key1, t1, bigger}, h1, s1, bigger)
      t1 -> {key1, t1, bigger}
    end
  end

  defp insert_1(key, {key1, smaller, bigger}, s) when key > key1 do
    case __at_line__(284, insert_1(key, bigger, bsr(s, 1))) do
      {t1, h1, s1} when is_integer(h1) -> rebalance({key1, smaller, t1}, h1, s1, smaller)
      t1 -> {key1, smaller, t1}
    end
  end

  defp insert_1(key, nil, 0), do: {{key, nil, nil}, 1, 1}
  defp insert_1(key, nil, _), do: {key, nil, nil}
  defp insert_1(key, _, _), do: __at_line__(305, :erlang.error({:key_exists, key}))

  defp rebalance(t, h1, s1, other) do
    {h2, s2} = count(other)
    h = bsl(max(h1, h2), 1)
    ss = s1 + s2 + 1
    if h > ss * ss, do: balance(t, ss), else: {t, h, ss}
  end

  defp count({_, nil, nil}), do: {1, 1}

  defp count({_, sm, bi}) do
    {h1, s1} = count(sm)
    {h2, s2} = count(bi)
    {bsl(max(h1, h2), 1), s1 + s2 + 1}
  end

  defp count(nil), do: {1, 0}

  def balance({s, t}), do: {s, balance(t, s)}

  defp balance(t, s), do: balance_list(to_list(t, []), s)

  defp balance_list(l, s) do
    {t, _} = balance_list_1(l, s)
    t
  end

  defp balance_list_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t1, [k | l1]} = balance_list_1(l, s1)
    {t2, l2} = balance_list_1(l1, s2)
    {{k, t1, t2}, l2}
  end

  defp balance_list_1([key | l], 1), do: {{key, nil, nil}, l}
  defp balance_list_1(l, 0), do: {nil, l}

  def add_element(x, s), do: add(x, s)

  def add(x, s) do
    if __at_line__(355, is_member(x, s)), do: s, else: insert(x, s)
  end

  def from_list(l), do: from_ordset(__at_line__(367, :ordsets.from_list(l)))

  def from_ordset(l) do
    s = __at_line__(374, length(l))
    {s, __at_line__(375, balance_list(l, s))}
  end

  def del_element(key, s), do: delete_any(key, s)

  def delete_any(key, s) do
    if __at_line__(389, is_member(key, s)), do: delete(key, s), else: s
  end

  def delete(key, {s, t}), do: {s - 1, __at_line__(401, delete_1(key, t))}

  defp delete_1(key, {key1, smaller, larger}) when key < key1, do: {key1, __at_line__(404, delete_1(key, smaller)), larger}
  defp delete_1(key, {key1, smaller, bigger}) when key > key1, do: {key1, smaller, __at_line__(407, delete_1(key, bigger))}
  defp delete_1(_, {_, smaller, larger}), do: merge(smaller, larger)

  defp merge(smaller, nil), do: smaller
  defp merge(nil, larger), do: larger

  defp merge(smaller, larger) do
    {key, larger1} = __at_line__(417, take_smallest1(larger))
    {key, smaller, larger1}
  end

  def take_smallest({s, t}) do
    {key, larger} = __at_line__(425, take_smallest1(t))
    {key, {s - 1, larger}}
  end

  defp take_smallest1({key, nil, larger}), do: {key, larger}

  defp take_smallest1({key, smaller, larger}) do
    {key1, smaller1} = __at_line__(431, take_smallest1(smaller))
    {key1, {key, smaller1, larger}}
  end

  def smallest({_, t}), do: smallest_1(t)

  defp smallest_1({key, nil, _larger}), do: key
  defp smallest_1({_key, smaller, _larger}), do: smallest_1(smaller)

  def take_largest({s, t}) do
    {key, smaller} = __at_line__(450, take_largest1(t))
    {key, {s - 1, smaller}}
  end

  defp take_largest1({key, smaller, nil}), do: {key, smaller}

  defp take_largest1({key, smaller, larger}) do
    {key1, larger1} = __at_line__(456, take_largest1(larger))
    {key1, {key, smaller, larger1}}
  end

  def largest({_, t}), do: largest_1(t)

  defp largest_1({key, _smaller, nil}), do: key
  defp largest_1({_key, _smaller, larger}), do: largest_1(larger)

  def to_list({_, t}), do: to_list(t, [])

  defp to_list({key, small, big}, l), do: to_list(small, [key | __at_line__(480, to_list(big, l))])
  defp to_list(nil, l), do: l

  def iterator({_, t}), do: iterator(t, [])

  defp iterator({_, nil, _} = t, as), do: [t | as]
  defp iterator({_, l, _} = t, as), do: iterator(l, [t | as])
  defp iterator(nil, as), do: as

  def iterator_from(s, {_, t}), do: iterator_from(s, t, [])

  defp iterator_from(s, {k, _, t}, as) when k < s, do: iterator_from(s, t, as)
  defp iterator_from(_, {_, nil, _} = t, as), do: [t | as]
  defp iterator_from(s, {_, l, _} = t, as), do: iterator_from(s, l, [t | as])
  defp iterator_from(_, nil, as), do: as

  def next([{x, _, t} | as]), do: {x, __at_line__(521, iterator(t, as))}
  def next([]), do: :none

  # merging the sorted lists is cheaper unless the bigger set is much bigger than the smaller one
  defp merge_cheaper?(n1, n2), do: n2 < 10 or n2 < n1 * round(1.46 * :math.log(n2))

  def union({n1, t1}, {n2, t2}) when n2 < n1, do: union(to_list(t2, []), n2, t1, n1)
  def union({n1, t1}, {n2, t2}), do: union(to_list(t1, []), n1, t2, n2)

  defp union(l, n1, t2, n2) do
    if merge_cheaper?(n1, n2), do: union_2(l, to_list(t2, []), [], n1 + n2), else: union_1(l, {n2, t2})
  end

  defp union_1([x | xs], s), do: union_1(xs, add(x, s))
  defp union_1([], s), do: s

  # the lists swap places as OTP's do (which of two equal elements is kept depends on it)
  defp union_2([x | xs1], [y | _] = ys, as, s) when x < y, do: union_2(xs1, ys, [x | as], s)
  defp union_2([x | _] = xs, [y | ys1], as, s) when x > y, do: union_2(ys1, xs, [y | as], s)
  defp union_2([x | xs1], [_ | ys1], as, s), do: union_2(xs1, ys1, [x | as], s - 1)
  defp union_2([], ys, as, s), do: {s, balance_revlist(push(ys, as), s)}
  defp union_2(xs, [], as, s), do: {s, balance_revlist(push(xs, as), s)}

  defp push([x | xs], as), do: push(xs, [x | as])
  defp push([], as), do: as

  defp balance_revlist(l, s) do
    {t, _} = balance_revlist_1(l, s)
    t
  end

  defp balance_revlist_1(l, s) when s > 1 do
    sm = s - 1
    s2 = div(sm, 2)
    s1 = sm - s2
    {t2, [k | l1]} = balance_revlist_1(l, s1)
    {t1, l2} = balance_revlist_1(l1, s2)
    {{k, t1, t2}, l2}
  end

  defp balance_revlist_1([key | l], 1), do: {{key, nil, nil}, l}
  defp balance_revlist_1(l, 0), do: {nil, l}

  def union([s | ss]), do: union_list(s, ss)
  def union([]), do: empty()

  defp union_list(s, [s1 | ss]), do: union_list(union(s, s1), ss)
  defp union_list(s, []), do: s

  def intersection({n1, t1}, {n2, t2}) when n2 < n1, do: intersection(to_list(t2, []), n2, t1, n1)
  def intersection({n1, t1}, {n2, t2}), do: intersection(to_list(t1, []), n1, t2, n2)

  def intersection([s | ss]), do: intersection_list(s, ss)

  defp intersection(l, n1, t2, n2) do
    if merge_cheaper?(n1, n2), do: intersection_2(l, to_list(t2, []), [], 0), else: intersection_1(l, t2, [], 0)
  end

  defp intersection_1([x | xs], t, as, n) do
    if is_member_1(x, t), do: intersection_1(xs, t, [x | as], n + 1), else: intersection_1(xs, t, as, n)
  end

  defp intersection_1([], _, as, n), do: {n, balance_revlist(as, n)}

  defp intersection_2([x | xs1], [y | _] = ys, as, s) when x < y, do: intersection_2(xs1, ys, as, s)
  defp intersection_2([x | _] = xs, [y | ys1], as, s) when x > y, do: intersection_2(ys1, xs, as, s)
  defp intersection_2([x | xs1], [_ | ys1], as, s), do: intersection_2(xs1, ys1, [x | as], s + 1)
  defp intersection_2([], _, as, s), do: {s, balance_revlist(as, s)}
  defp intersection_2(_, [], as, s), do: {s, balance_revlist(as, s)}

  defp intersection_list(s, [s1 | ss]), do: intersection_list(intersection(s, s1), ss)
  defp intersection_list(s, []), do: s

  def is_disjoint({n1, t1}, {n2, t2}) when n1 < n2, do: is_disjoint_1(t1, t2)
  def is_disjoint({_, t1}, {_, t2}), do: is_disjoint_1(t2, t1)

  defp is_disjoint_1({k1, smaller1, bigger}, {k2, smaller2, _} = tree) when k1 < k2 do
    not is_member_1(k1, smaller2) and is_disjoint_1(smaller1, smaller2) and is_disjoint_1(bigger, tree)
  end

  defp is_disjoint_1({k1, smaller, bigger1}, {k2, _, bigger2} = tree) when k1 > k2 do
    not is_member_1(k1, bigger2) and is_disjoint_1(bigger1, bigger2) and is_disjoint_1(smaller, tree)
  end

  defp is_disjoint_1({_k1, _, _}, {_k2, _, _}), do: false
  defp is_disjoint_1(nil, _), do: true
  defp is_disjoint_1(_, nil), do: true

  def subtract(s1, s2), do: difference(s1, s2)

  def difference({n1, t1}, {n2, t2}) do
    l = to_list(t1, [])
    if merge_cheaper?(n1, n2), do: difference_2(l, to_list(t2, []), [], n1), else: difference_1(l, t2, [], 0)
  end

  defp difference_1([x | xs], t, as, n) do
    if is_member_1(x, t), do: difference_1(xs, t, as, n), else: difference_1(xs, t, [x | as], n + 1)
  end

  defp difference_1([], _, as, n), do: {n, balance_revlist(as, n)}

  defp difference_2([x | xs1], [y | _] = ys, as, s) when x < y, do: difference_2(xs1, ys, [x | as], s)
  defp difference_2([x | _] = xs, [y | ys1], as, s) when x > y, do: difference_2(xs, ys1, as, s)
  defp difference_2([_x | xs1], [_y | ys1], as, s), do: difference_2(xs1, ys1, as, s - 1)
  defp difference_2([], _ys, as, s), do: {s, balance_revlist(as, s)}
  defp difference_2(xs, [], as, s), do: {s, balance_revlist(push(xs, as), s)}

  def is_subset({n1, t1}, {n2, t2}) do
    l = to_list(t1, [])
    if merge_cheaper?(n1, n2), do: is_subset_2(l, to_list(t2, [])), else: is_subset_1(l, t2)
  end

  defp is_subset_1([x | xs], t), do: if(is_member_1(x, t), do: is_subset_1(xs, t), else: false)
  defp is_subset_1([], _), do: true

  defp is_subset_2([x | _], [y | _]) when x < y, do: false
  defp is_subset_2([x | _] = xs, [y | ys1]) when x > y, do: is_subset_2(xs, ys1)
  defp is_subset_2([_ | xs1], [_ | ys1]), do: is_subset_2(xs1, ys1)
  defp is_subset_2([], _), do: true
  defp is_subset_2(_, []), do: false

  def is_set({0, nil}), do: true
  def is_set({n, {_, _, _}}) when is_integer(n) and n >= 0, do: true
  def is_set(_), do: false

  # [X || X <- to_list(S), F(X)]: Erlang's comprehension function (frames and bad_filter as OTP's)
  def filter(f, s) when is_function(f, 1),
    do: from_ordset(__at_line__(875, unquote(:"-filter/2-lc$^0/1-0-")(__at_line__(875, to_list(s)), f)))

  @beamlet_frame_line 875
  defp unquote(:"-filter/2-lc$^0/1-0-")([x | xs], f) do
    case __at_line__(875, f.(x)) do
      true -> [x | __at_line__(875, unquote(:"-filter/2-lc$^0/1-0-")(xs, f))]
      false -> unquote(:"-filter/2-lc$^0/1-0-")(xs, f)
      other -> __at_line__(875, :erlang.error({:bad_filter, other}))
    end
  end

  @beamlet_frame_line 875
  defp unquote(:"-filter/2-lc$^0/1-0-")([], _f), do: []

  def fold(f, a, {_, t}) when is_function(f, 2), do: fold_1(f, a, t)

  defp fold_1(f, acc0, {key, small, big}) do
    acc1 = __at_line__(889, fold_1(f, acc0, small))
    fold_1(f, __at_line__(890, f.(key, acc1)), big)
  end

  defp fold_1(_, acc, _), do: acc
end
