# Erlang's :array, a functional array as OTP 25 represents it, since programs inspect and compare
# arrays: the record {:array, size, max, default, elements}. max is 0 for a fixed-size array, else
# the capacity the tree has grown to (10, 100, ...). elements is a tree: an integer (the capacity
# of a subtree not yet built, all default), a leaf (a 10-tuple of values) or a node (an 11-tuple:
# 10 children, then the span of each child). get/set walk down the tree (O(log n)); setting in an
# unbuilt subtree builds that path only. Shrinking only lowers size (the tree keeps the old values,
# as OTP's, so growing again shows them). Errors are raised at OTP's lines in array.erl.
defmodule :array do
  @leaf 10
  @whole 1_125_899_906_842_624

  def new(), do: {:array, 0, @leaf, :undefined, @leaf}

  def new(options), do: new_1(options, 0, false, :undefined)

  @file "array.erl"
  def new(size, options) do
    if is_integer(size) and size >= 0,
      do: new_1(options, size, true, :undefined),
      else: __at_line__(259, :erlang.error(:badarg))
  end

  # the options, left to right ({:size, n} and a bare n also fix the size)
  defp new_1([], size, fixed, default) do
    cap = find_max(size - 1, @leaf)
    {:array, size, if(fixed, do: 0, else: cap), default, cap}
  end

  defp new_1([:fixed | t], size, _, d), do: new_1(t, size, true, d)
  defp new_1([{:fixed, b} | t], size, _, d) when is_boolean(b), do: new_1(t, size, b, d)
  defp new_1([{:default, d} | t], size, fixed, _), do: new_1(t, size, fixed, d)
  defp new_1([{:size, n} | t], _, _, d) when is_integer(n) and n >= 0, do: new_1(t, n, true, d)
  defp new_1([n | t], _, _, d) when is_integer(n) and n >= 0, do: new_1(t, n, true, d)

  @file "array.erl"
  defp new_1(options, size, fixed, d) do
    if is_list(options) or not single_option?(options),
      do: __at_line__(282, :erlang.error(:badarg)),
      else: new_1([options], size, fixed, d)
  end

  defp single_option?(o), do: o == :fixed or is_tuple(o) or is_integer(o)

  # the capacity (10, 100, ...) that holds index i
  defp find_max(i, m) when i >= m, do: find_max(i, m * 10)
  defp find_max(_, m), do: m

  def is_array({:array, size, max, _, _}) when is_integer(size) and is_integer(max), do: true
  def is_array(_), do: false

  @file "array.erl"
  def size(a) do
    case a do
      {:array, n, _, _, _} -> n
      _ -> __at_line__(325, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def default(a) do
    case a do
      {:array, _, _, d, _} -> d
      _ -> __at_line__(335, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  @beamlet_def_line 417
  def fix({:array, n, _, d, e}), do: {:array, n, 0, d, e}

  @file "array.erl"
  @beamlet_def_line 427
  def is_fix({:array, _, m, _, _}), do: m == 0

  @file "array.erl"
  @beamlet_def_line 465
  def relax({:array, n, _, d, e}), do: {:array, n, find_max(n - 1, @leaf), d, e}

  @file "array.erl"
  def resize(size, a) do
    case a do
      {:array, n, m, d, e} when is_integer(size) and size >= 0 ->
        if size > n do
          {e1, m1} = grow(size - 1, e, if(m > 0, do: m, else: find_max(n - 1, @leaf)))
          {:array, size, if(m > 0, do: m1, else: m), d, e1}
        else
          {:array, size, m, d, e}
        end

      _ ->
        __at_line__(510, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def resize(a), do: __at_line__(523, resize(sparse_size(a), a))

  # a tree of capacity m made to hold index i: an unbuilt tree just has a larger capacity, a built
  # one becomes the first child of a new root
  defp grow(i, e, m) when i >= m do
    e1 = if is_integer(e), do: m * 10, else: List.to_tuple([e | List.duplicate(m, 10)])
    grow(i, e1, m * 10)
  end

  defp grow(_, e, m), do: {e, m}

  @file "array.erl"
  def set(i, v, a) do
    case a do
      {:array, n, m, d, e} when is_integer(i) and i >= 0 ->
        cond do
          i < n ->
            {:array, n, m, d, set_1(i, e, v, d)}

          m > 0 ->
            {e1, m1} = grow(i, e, m)
            {:array, i + 1, m1, d, set_1(i, e1, v, d)}

          true ->
            __at_line__(584, :erlang.error(:badarg))
        end

      _ ->
        __at_line__(587, :erlang.error(:badarg))
    end
  end

  defp set_1(i, e, v, d) when is_integer(e), do: set_1(i, expand(e, d), v, d)
  defp set_1(i, e, v, _) when tuple_size(e) == @leaf, do: put_elem(e, i, v)

  defp set_1(i, e, v, d) do
    s = elem(e, @leaf)
    c = div(i, s)
    put_elem(e, c, set_1(rem(i, s), elem(e, c), v, d))
  end

  # an unbuilt subtree of capacity cap, built one level: a leaf of defaults or a node of unbuilt children
  defp expand(@leaf, d), do: :erlang.make_tuple(@leaf, d)
  defp expand(cap, _), do: :erlang.make_tuple(@leaf + 1, div(cap, 10))

  @file "array.erl"
  def get(i, a) do
    case a do
      {:array, n, m, d, e} when is_integer(i) and i >= 0 ->
        cond do
          i < n -> get_1(i, e, d)
          m > 0 -> d
          true -> __at_line__(642, :erlang.error(:badarg))
        end

      _ ->
        __at_line__(645, :erlang.error(:badarg))
    end
  end

  defp get_1(_, e, d) when is_integer(e), do: d
  defp get_1(i, e, _) when tuple_size(e) == @leaf, do: elem(e, i)

  defp get_1(i, e, d) do
    s = elem(e, @leaf)
    get_1(rem(i, s), elem(e, div(i, s)), d)
  end

  @file "array.erl"
  def reset(i, a) do
    case a do
      {:array, n, m, d, e} when is_integer(i) and i >= 0 ->
        cond do
          i < n -> {:array, n, m, d, reset_1(i, e, d)}
          m > 0 -> a
          true -> __at_line__(684, :erlang.error(:badarg))
        end

      _ ->
        __at_line__(687, :erlang.error(:badarg))
    end
  end

  # (an unbuilt subtree already holds the default: it stays unbuilt)
  defp reset_1(_, e, _) when is_integer(e), do: e
  defp reset_1(i, e, d) when tuple_size(e) == @leaf, do: put_elem(e, i, d)

  defp reset_1(i, e, d) do
    s = elem(e, @leaf)
    c = div(i, s)
    put_elem(e, c, reset_1(rem(i, s), elem(e, c), d))
  end

  @file "array.erl"
  def to_list(a) do
    case a do
      {:array, n, _, d, e} -> to_list_t(e, 0, n - 1, d, [])
      _ -> __at_line__(766, :erlang.error(:badarg))
    end
  end

  # (foldr_t's walk, leaves taken whole)
  defp to_list_t(e, base, last, d, acc) when is_integer(e), do: List.duplicate(d, min(e, last - base + 1)) ++ acc

  defp to_list_t(e, base, last, _, acc) when tuple_size(e) == @leaf do
    if last - base >= @leaf - 1,
      do: :erlang.tuple_to_list(e) ++ acc,
      else: :lists.sublist(:erlang.tuple_to_list(e), last - base + 1) ++ acc
  end

  defp to_list_t(e, base, last, d, acc) do
    s = elem(e, @leaf)
    to_list_node(e, min(@leaf - 1, div(last - base, s)), s, base, last, d, acc)
  end

  defp to_list_node(e, c, s, base, last, d, acc) when c >= 0 do
    acc = to_list_t(elem(e, c), base + c * s, child_last(base + c * s, s, last), d, acc)
    to_list_node(e, c - 1, s, base, last, d, acc)
  end

  defp to_list_node(_, _, _, _, _, _, acc), do: acc

  # to_list and the to_orddicts walk a child wholly below last whole, as OTP's do, its own shape
  # saying how far, and number the entries down from size - 1 (the two differ from the folds'
  # only in a tree relax/1 left with a max below its capacity: OTP's then gives other indices)
  # (the bound for "whole" is below 2^53: a larger one is a bignum, slow in every comparison)
  defp child_last(start, s, last) when start + s - 1 < last, do: @whole
  defp child_last(_, _, last), do: last

  defp walk_r(e, base, last, d, sparse, f, {i, acc}) when is_integer(e) do
    k = min(e, last - base + 1)
    if sparse, do: {i - k, acc}, else: walk_defaults(k, d, f, i, acc)
  end

  defp walk_r(e, base, last, d, sparse, f, ia) when tuple_size(e) == @leaf do
    walk_leaf(e, min(@leaf - 1, last - base), d, sparse, f, ia)
  end

  defp walk_r(e, base, last, d, sparse, f, ia) do
    s = elem(e, @leaf)
    walk_node(e, min(@leaf - 1, div(last - base, s)), s, base, last, d, sparse, f, ia)
  end

  defp walk_node(e, c, s, base, last, d, sparse, f, ia) when c >= 0 do
    ia = walk_r(elem(e, c), base + c * s, child_last(base + c * s, s, last), d, sparse, f, ia)
    walk_node(e, c - 1, s, base, last, d, sparse, f, ia)
  end

  defp walk_node(_, _, _, _, _, _, _, _, ia), do: ia

  defp walk_leaf(e, j, d, sparse, f, {i, acc}) when j >= 0 do
    x = elem(e, j)
    acc = if sparse and x === d, do: acc, else: f.(i, x, acc)
    walk_leaf(e, j - 1, d, sparse, f, {i - 1, acc})
  end

  defp walk_leaf(_, _, _, _, _, ia), do: ia

  defp walk_defaults(k, d, f, i, acc) when k > 0, do: walk_defaults(k - 1, d, f, i - 1, f.(i, d, acc))
  defp walk_defaults(_, _, _, i, acc), do: {i, acc}

  @file "array.erl"
  def sparse_to_list(a) do
    case a do
      {:array, n, _, d, e} -> walk_r(e, 0, n - 1, d, true, fn _, x, acc -> [x | acc] end, {n - 1, []}) |> elem(1)
      _ -> __at_line__(839, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def to_orddict(a) do
    case a do
      {:array, n, _, d, e} -> walk_r(e, 0, n - 1, d, false, fn i, x, acc -> [{i, x} | acc] end, {n - 1, []}) |> elem(1)
      _ -> __at_line__(1018, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def sparse_to_orddict(a) do
    case a do
      {:array, n, _, d, e} -> walk_r(e, 0, n - 1, d, true, fn i, x, acc -> [{i, x} | acc] end, {n - 1, []}) |> elem(1)
      _ -> __at_line__(1110, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def foldl(f, acc, a) do
    case a do
      {:array, n, _, d, e} when is_function(f, 3) -> foldl_t(e, 0, n - 1, d, false, f, acc)
      _ -> __at_line__(1591, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def sparse_foldl(f, acc, a) do
    case a do
      {:array, n, _, d, e} when is_function(f, 3) -> foldl_t(e, 0, n - 1, d, true, f, acc)
      _ -> __at_line__(1663, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def foldr(f, acc, a) do
    case a do
      {:array, n, _, d, e} when is_function(f, 3) -> foldr_t(e, 0, n - 1, d, false, f, acc)
      _ -> __at_line__(1741, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  def sparse_foldr(f, acc, a) do
    case a do
      {:array, n, _, d, e} when is_function(f, 3) -> foldr_t(e, 0, n - 1, d, true, f, acc)
      _ -> __at_line__(1819, :erlang.error(:badarg))
    end
  end

  # the index of the last non-default entry, plus one (OTP's fails in sparse_foldr on a non-array)
  @file "array.erl"
  def sparse_size(a) do
    case a do
      {:array, n, _, d, e} -> last_set(e, 0, n - 1, d) + 1
      _ -> elem({__at_line__(1862, sparse_foldr(fn _, _, acc -> acc end, 0, a))}, 0)
    end
  end

  # folds over the indices base..last of subtree e (sparse: skipping default entries); a child
  # is folded over its span's indices only, as OTP's (whatever its shape after relax/1). A fun
  # that fails shows OTP's frames: the leaf loop (foldl_3, sparse_foldl_3, foldr_3,
  # sparse_foldr_3) under the node loop that called it (foldl_2 ...; foldl tail-calls a node's
  # last child, so no node frame there), at array.erl's lines.
  @file "array.erl"
  @beamlet_shown_as {:foldl_3, 6}
  defp foldl_t(e, base, last, d, sparse, f, acc) when is_integer(e) do
    if sparse, do: acc, else: fold_defaults_l(base, min(base + e - 1, last), d, f, acc)
  end

  defp foldl_t({x0, x1, x2, x3, x4, x5, x6, x7, x8, x9}, b, last, _, false, f, acc) when last - b >= 9 do
    acc = __at_line__(1610, f.(b, x0, acc))
    acc = __at_line__(1610, f.(b + 1, x1, acc))
    acc = __at_line__(1610, f.(b + 2, x2, acc))
    acc = __at_line__(1610, f.(b + 3, x3, acc))
    acc = __at_line__(1610, f.(b + 4, x4, acc))
    acc = __at_line__(1610, f.(b + 5, x5, acc))
    acc = __at_line__(1610, f.(b + 6, x6, acc))
    acc = __at_line__(1610, f.(b + 7, x7, acc))
    acc = __at_line__(1610, f.(b + 8, x8, acc))
    acc = __at_line__(1610, f.(b + 9, x9, acc))
    acc
  end

  defp foldl_t(e, base, last, d, false, f, acc) when tuple_size(e) == @leaf do
    foldl_leaf(e, 0, base, min(@leaf - 1, last - base), f, acc)
  end

  defp foldl_t(e, base, last, d, true, f, acc) when tuple_size(e) == @leaf do
    sparse_foldl_leaf(e, 0, base, min(@leaf - 1, last - base), d, f, acc)
  end

  defp foldl_t(e, base, last, d, false, f, acc), do: foldl_node(e, 0, elem(e, @leaf), base, last, d, f, acc)
  defp foldl_t(e, base, last, d, true, f, acc), do: sparse_foldl_node(e, 0, elem(e, @leaf), base, last, d, f, acc)

  @file "array.erl"
  @beamlet_shown_as {:foldl_2, 9}
  defp foldl_node(e, c, s, base, last, d, f, acc) do
    start = base + c * s
    hi = min(start + s - 1, last)

    cond do
      hi >= last or c == @leaf - 1 -> foldl_t(elem(e, c), start, hi, d, false, f, acc)
      true -> foldl_node(e, c + 1, s, base, last, d, f, __at_line__(1603, foldl_t(elem(e, c), start, hi, d, false, f, acc)))
    end
  end

  @file "array.erl"
  @beamlet_shown_as {:sparse_foldl_2, 9}
  defp sparse_foldl_node(e, c, s, base, last, d, f, acc) do
    start = base + c * s
    hi = min(start + s - 1, last)

    cond do
      hi >= last or c == @leaf - 1 -> foldl_t(elem(e, c), start, hi, d, true, f, acc)
      true -> sparse_foldl_node(e, c + 1, s, base, last, d, f, __at_line__(1678, foldl_t(elem(e, c), start, hi, d, true, f, acc)))
    end
  end

  @file "array.erl"
  @beamlet_shown_as {:foldl_3, 6}
  defp foldl_leaf(e, j, base, hi, f, acc) when j <= hi,
    do: foldl_leaf(e, j + 1, base, hi, f, __at_line__(1610, f.(base + j, elem(e, j), acc)))

  defp foldl_leaf(_, _, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:sparse_foldl_3, 7}
  defp sparse_foldl_leaf(e, j, base, hi, d, f, acc) when j <= hi do
    x = elem(e, j)
    acc = if x === d, do: acc, else: __at_line__(1684, f.(base + j, x, acc))
    sparse_foldl_leaf(e, j + 1, base, hi, d, f, acc)
  end

  defp sparse_foldl_leaf(_, _, _, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:foldl_3, 6}
  defp fold_defaults_l(i, hi, d, f, acc) when i <= hi, do: fold_defaults_l(i + 1, hi, d, f, __at_line__(1610, f.(i, d, acc)))
  defp fold_defaults_l(_, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:foldr_3, 5}
  defp foldr_t(e, base, last, d, sparse, f, acc) when is_integer(e) do
    if sparse, do: acc, else: fold_defaults_r(min(base + e - 1, last), base, d, f, acc)
  end

  defp foldr_t({x0, x1, x2, x3, x4, x5, x6, x7, x8, x9}, b, last, _, false, f, acc) when last - b >= 9 do
    acc = __at_line__(1766, f.(b + 9, x9, acc))
    acc = __at_line__(1766, f.(b + 8, x8, acc))
    acc = __at_line__(1766, f.(b + 7, x7, acc))
    acc = __at_line__(1766, f.(b + 6, x6, acc))
    acc = __at_line__(1766, f.(b + 5, x5, acc))
    acc = __at_line__(1766, f.(b + 4, x4, acc))
    acc = __at_line__(1766, f.(b + 3, x3, acc))
    acc = __at_line__(1766, f.(b + 2, x2, acc))
    acc = __at_line__(1766, f.(b + 1, x1, acc))
    acc = __at_line__(1766, f.(b, x0, acc))
    acc
  end

  defp foldr_t(e, base, last, d, false, f, acc) when tuple_size(e) == @leaf do
    foldr_leaf(e, min(@leaf - 1, last - base), base, f, acc)
  end

  defp foldr_t(e, base, last, d, true, f, acc) when tuple_size(e) == @leaf do
    sparse_foldr_leaf(e, min(@leaf - 1, last - base), base, d, f, acc)
  end

  defp foldr_t(e, base, last, d, false, f, acc) do
    s = elem(e, @leaf)
    foldr_node(e, min(@leaf - 1, div(last - base, s)), s, base, last, d, f, acc)
  end

  defp foldr_t(e, base, last, d, true, f, acc) do
    s = elem(e, @leaf)
    sparse_foldr_node(e, min(@leaf - 1, div(last - base, s)), s, base, last, d, f, acc)
  end

  @file "array.erl"
  @beamlet_shown_as {:foldr_2, 8}
  defp foldr_node(e, c, s, base, last, d, f, acc) when c >= 0 do
    acc = __at_line__(1757, foldr_t(elem(e, c), base + c * s, min(base + c * s + s - 1, last), d, false, f, acc))
    foldr_node(e, c - 1, s, base, last, d, f, acc)
  end

  defp foldr_node(_, _, _, _, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:sparse_foldr_2, 8}
  defp sparse_foldr_node(e, c, s, base, last, d, f, acc) when c >= 0 do
    acc = __at_line__(1836, foldr_t(elem(e, c), base + c * s, min(base + c * s + s - 1, last), d, true, f, acc))
    sparse_foldr_node(e, c - 1, s, base, last, d, f, acc)
  end

  defp sparse_foldr_node(_, _, _, _, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:foldr_3, 5}
  defp foldr_leaf(e, j, base, f, acc) when j >= 0, do: foldr_leaf(e, j - 1, base, f, __at_line__(1766, f.(base + j, elem(e, j), acc)))
  defp foldr_leaf(_, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:sparse_foldr_3, 6}
  defp sparse_foldr_leaf(e, j, base, d, f, acc) when j >= 0 do
    x = elem(e, j)
    acc = if x === d, do: acc, else: __at_line__(1847, f.(base + j, x, acc))
    sparse_foldr_leaf(e, j - 1, base, d, f, acc)
  end

  defp sparse_foldr_leaf(_, _, _, _, _, acc), do: acc

  @file "array.erl"
  @beamlet_shown_as {:foldr_3, 5}
  defp fold_defaults_r(i, lo, d, f, acc) when i >= lo, do: fold_defaults_r(i - 1, lo, d, f, __at_line__(1766, f.(i, d, acc)))
  defp fold_defaults_r(_, _, _, _, acc), do: acc

  # the last index <= last of subtree e (based at base) holding a non-default value, or -1
  defp last_set(e, _, _, _) when is_integer(e), do: -1

  defp last_set(e, base, last, d) when tuple_size(e) == @leaf do
    last_set_leaf(e, min(@leaf - 1, last - base), base, d)
  end

  defp last_set(e, base, last, d) do
    s = elem(e, @leaf)
    last_set_node(e, min(@leaf - 1, div(last - base, s)), s, base, last, d)
  end

  defp last_set_node(e, c, s, base, last, d) when c >= 0 do
    case last_set(elem(e, c), base + c * s, min(base + c * s + s - 1, last), d) do
      -1 -> last_set_node(e, c - 1, s, base, last, d)
      i -> i
    end
  end

  defp last_set_node(_, _, _, _, _, _), do: -1

  defp last_set_leaf(e, j, base, d) when j >= 0 do
    if elem(e, j) === d, do: last_set_leaf(e, j - 1, base, d), else: base + j
  end

  defp last_set_leaf(_, _, _, _), do: -1

  def from_list(list), do: from_list(list, :undefined)

  @file "array.erl"
  def from_list(list, d) do
    if is_list(list),
      do: elem({__at_line__(916, from_list_1(list, d, [], 0, [], 0))}, 0),
      else: __at_line__(919, :erlang.error(:badarg))
  end

  # list cut into leaves (k: the values in the current leaf, in reverse; n: all values so far)
  defp from_list_1([], d, cur, k, leaves, n) do
    leaves = if k > 0, do: [{div(n - 1, @leaf), leaf_of(cur, k, d)} | leaves], else: leaves
    cap = find_max(n - 1, @leaf)
    {:array, n, cap, d, build(:lists.reverse(leaves), @leaf, cap)}
  end

  defp from_list_1([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 | t], d, [], 0, leaves, n) do
    from_list_1(t, d, [], 0, [{div(n, @leaf), {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9}} | leaves], n + @leaf)
  end

  defp from_list_1([x | t], d, cur, k, leaves, n) do
    if k == @leaf - 1,
      do: from_list_1(t, d, [], 0, [{div(n, @leaf), leaf_of([x | cur], @leaf, d)} | leaves], n + 1),
      else: from_list_1(t, d, [x | cur], k + 1, leaves, n + 1)
  end

  @file "array.erl"
  defp from_list_1(_, _, _, _, _, _), do: __at_line__(941, :erlang.error(:badarg))

  defp leaf_of(rev, k, d), do: List.to_tuple(:lists.reverse(rev, List.duplicate(d, @leaf - k)))

  # the tree of capacity cap from the built subtrees {index, subtree} (ascending, each of capacity s)
  defp build([], s, _), do: s
  defp build([{0, t}], s, cap) when s == cap, do: t

  defp build(subtrees, s, cap) do
    build(group(subtrees, s, []), s * 10, cap)
  end

  # subtrees with the same parent made into a node with span s (unbuilt children: the integer s)
  defp group([], _, acc), do: :lists.reverse(acc)

  defp group([{i, _} | _] = subtrees, s, acc) do
    p = div(i, @leaf)
    {node, rest} = fill(subtrees, p, :erlang.make_tuple(@leaf + 1, s))
    group(rest, s, [{p, node} | acc])
  end

  defp fill([{i, t} | rest], p, node) when div(i, @leaf) == p, do: fill(rest, p, put_elem(node, rem(i, @leaf), t))
  defp fill(rest, _, node), do: {node, rest}

  def from_orddict(list), do: from_orddict(list, :undefined)

  @file "array.erl"
  def from_orddict(list, d) do
    if is_list(list),
      do: elem({__at_line__(1202, from_orddict_0(list, d, -1, [], []))}, 0),
      else: __at_line__(1205, :erlang.error(:badarg))
  end

  # entries gathered into leaves; prev: the last index taken, cur: the {index, value} of the current
  # leaf. As OTP's, a bad first entry or an improper tail fails in from_orddict_0, another bad
  # entry in from_orddict_1 (the calls leave their frames: elem/2 of a 1-tuple keeps them non-tail)
  defp from_orddict_0([], d, _, _, _), do: {:array, 0, @leaf, d, @leaf}

  defp from_orddict_0([{_, _} | _] = list, d, prev, cur, leaves) do
    case elem({__at_line__(1234, from_orddict_1(list, d, prev, cur, leaves, nil))}, 0) do
      {:improper, tail} -> from_orddict_0(tail, d, prev, cur, leaves)
      a -> a
    end
  end

  @file "array.erl"
  defp from_orddict_0(list, _, _, _, _), do: __at_line__(1237, :erlang.error({:badarg, list}))

  defp from_orddict_1([], d, prev, cur, leaves, _) do
    leaves = if cur == [], do: leaves, else: [orddict_leaf(cur, d) | leaves]
    cap = find_max(prev, @leaf)
    {:array, prev + 1, cap, d, build(:lists.reverse(leaves), @leaf, cap)}
  end

  defp from_orddict_1([{i, v} | t], d, prev, cur, leaves, _) when is_integer(i) and i > prev do
    case cur do
      [{j, _} | _] when div(j, @leaf) != div(i, @leaf) ->
        leaves = gap_leaf(i, (div(j, @leaf) + 1) * @leaf, d, [orddict_leaf(cur, d) | leaves])
        from_orddict_1(t, d, i, [{i, v}], leaves, nil)

      [] ->
        from_orddict_1(t, d, i, [{i, v}], gap_leaf(i, 0, d, leaves), nil)

      _ ->
        from_orddict_1(t, d, i, [{i, v} | cur], leaves, nil)
    end
  end

  # OTP's from_orddict builds the leaf at p (all default) when the next entry starts the leaf
  # after it, and leaves unbuilt the leaves of a longer gap
  defp gap_leaf(i, p, d, leaves) when i == p + @leaf, do: [{div(p, @leaf), :erlang.make_tuple(@leaf, d)} | leaves]
  defp gap_leaf(_, _, _, leaves), do: leaves

  defp from_orddict_1(tail, _, _, _, _, _) when not is_list(tail), do: {:improper, tail}

  @file "array.erl"
  defp from_orddict_1(list, _, _, _, _, _), do: __at_line__(1252, :erlang.error({:badarg, list}))

  defp orddict_leaf([{j, _} | _] = cur, d) do
    leaf = Enum.reduce(cur, :erlang.make_tuple(@leaf, d), fn {i, v}, l -> put_elem(l, rem(i, @leaf), v) end)
    {div(j, @leaf), leaf}
  end

  # map/2 and sparse_map/2 walk the tree in OTP's functions (map_1 on a subtree, map_2 over a
  # node's children, map_3 over a leaf), so a fun that fails shows their frames at array.erl's
  # lines (map_2's last child on its own line). A mapped leaf holds the default past last; an
  # unbuilt subtree is built (map) or left as it is (sparse_map).
  @file "array.erl"
  def map(f, a) do
    case a do
      {:array, 0, _, _, _} when is_function(f, 2) -> a
      {:array, n, m, d, e} when is_function(f, 2) -> {:array, n, m, d, __at_line__(1399, map_1(e, 0, n - 1, d, f))}
      _ -> __at_line__(1404, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  @beamlet_shown_as {:map_1, 5}
  defp map_1(e, base, last, d, f) when is_integer(e), do: map_1(expand(e, d), base, last, d, f)

  defp map_1(e, base, last, d, f) when tuple_size(e) == @leaf do
    hi = min(@leaf - 1, last - base)
    mapped = __at_line__(1417, map_3(e, 0, hi, base, f, []))
    List.to_tuple(:lists.reverse(mapped, List.duplicate(d, @leaf - 1 - hi)))
  end

  defp map_1(e, base, last, d, f) do
    s = elem(e, @leaf)
    hi = min(@leaf - 1, div(last - base, s))
    children = __at_line__(1412, map_2(e, 0, hi, s, base, last, d, f, []))
    put_children(e, :lists.reverse(children), 0)
  end

  defp put_children(node, [child | rest], c), do: put_children(put_elem(node, c, child), rest, c + 1)
  defp put_children(node, [], _), do: node

  @file "array.erl"
  @beamlet_shown_as {:map_2, 9}
  defp map_2(e, c, hi, s, base, last, d, f, done) do
    start = base + c * s
    child = elem(e, c)

    if c == hi,
      do: [__at_line__(1420, map_1(child, start, min(start + s - 1, last), d, f)) | done],
      else: map_2(e, c + 1, hi, s, base, last, d, f, [__at_line__(1423, map_1(child, start, min(start + s - 1, last), d, f)) | done])
  end

  @file "array.erl"
  @beamlet_shown_as {:map_3, 7}
  defp map_3(e, j, hi, base, f, done) when j <= hi, do: map_3(e, j + 1, hi, base, f, [__at_line__(1435, f.(base + j, elem(e, j))) | done])
  defp map_3(_, _, _, _, _, done), do: done

  @file "array.erl"
  def sparse_map(f, a) do
    case a do
      {:array, 0, _, _, _} when is_function(f, 2) -> a
      {:array, n, m, d, e} when is_function(f, 2) -> {:array, n, m, d, __at_line__(1491, sparse_map_1(e, 0, n - 1, d, f))}
      _ -> __at_line__(1496, :erlang.error(:badarg))
    end
  end

  @file "array.erl"
  @beamlet_shown_as {:sparse_map_1, 5}
  defp sparse_map_1(e, _, _, _, _) when is_integer(e), do: e

  defp sparse_map_1(e, base, _, d, f) when tuple_size(e) == @leaf do
    List.to_tuple(:lists.reverse(__at_line__(1508, sparse_map_3(e, 0, base, d, f, []))))
  end

  defp sparse_map_1(e, base, last, d, f) do
    s = elem(e, @leaf)
    hi = min(@leaf - 1, div(last - base, s))
    children = __at_line__(1502, sparse_map_2(e, 0, hi, s, base, last, d, f, []))
    put_children(e, :lists.reverse(children), 0)
  end

  @file "array.erl"
  @beamlet_shown_as {:sparse_map_2, 9}
  defp sparse_map_2(e, c, hi, s, base, last, d, f, done) do
    start = base + c * s
    child = elem(e, c)

    if c == hi,
      do: [__at_line__(1512, sparse_map_1(child, start, min(start + s - 1, last), d, f)) | done],
      else: sparse_map_2(e, c + 1, hi, s, base, last, d, f, [__at_line__(1515, sparse_map_1(child, start, min(start + s - 1, last), d, f)) | done])
  end

  # (every entry of a reached leaf: the defaults kept, the others mapped)
  @file "array.erl"
  @beamlet_shown_as {:sparse_map_3, 6}
  defp sparse_map_3(e, j, base, d, f, done) when j < @leaf do
    x = elem(e, j)
    y = if x === d, do: x, else: __at_line__(1529, f.(base + j, x))
    sparse_map_3(e, j + 1, base, d, f, [y | done])
  end

  defp sparse_map_3(_, _, _, _, _, done), do: done
end
