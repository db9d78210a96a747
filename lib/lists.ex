defmodule :lists do
  @moduledoc "The fun-taking half of Erlang's :lists; the first-order functions are BIFs."

  # OTP's is L1 ++ L2: a failure is :erlang.++'s, under this frame
  @file "lists.erl"
  @beamlet_def_line 143
  @beamlet_frame_line 144
  def append(l1, l2), do: l1 ++ l2

  # OTP's clauses: a non-list is a function_clause at the head's line, a bad element an
  # :erlang.++ failure under this frame (one frame per level of the body recursion)
  @file "lists.erl"
  @beamlet_def_line 154
  def append([e]), do: e
  @beamlet_frame_line 155
  def append([h | t]), do: h ++ append(t)
  def append([]), do: []

  @file "lists.erl"
  @beamlet_def_line 993
  def enumerate(list) when is_list(list), do: enumerate(1, list)

  @file "lists.erl"
  @beamlet_def_line 1001
  def enumerate(index, list) when is_integer(index) and is_list(list) do
    {pairs, _} = :lists.mapfoldl(fn x, i -> {{i, x}, i + 1} end, index, list)
    pairs
  end

  # The fun-taking functions below are shaped as OTP 25's (found by experiment): a first step in
  # the function itself, then a helper (foldl_1, map_1, ...) whose clauses and calls are at
  # lists.erl's lines, so a fun that raises, a bad list or a bad fun result shows OTP's frames
  # (names, lines, arguments; body recursion where OTP's is: [F(H) | map_1(F, T)]).
  @file "lists.erl"
  @beamlet_def_line 1348
  def foldl(fun, acc, list) when is_function(fun, 2) do
    __at_line__(1349, case list do
      [h | t] -> foldl_1(fun, __at_line__(1350, fun.(h, acc)), t)
      [] -> acc
      other -> __at_line__(1349, :erlang.error({:case_clause, other}))
    end)
  end

  @file "lists.erl"
  @beamlet_def_line 1354
  @beamlet_frame_line 1355
  defp foldl_1(fun, acc, [h | t]), do: foldl_1(fun, fun.(h, acc), t)
  defp foldl_1(_fun, acc, []), do: acc

  @file "lists.erl"
  @beamlet_def_line 1368
  def foldr(fun, acc, list) when is_function(fun, 2), do: foldr_1(fun, acc, list)

  @file "lists.erl"
  @beamlet_def_line 1371
  @beamlet_frame_line 1372
  defp foldr_1(fun, acc, [h | t]), do: fun.(h, foldr_1(fun, acc, t))
  defp foldr_1(_fun, acc, []), do: acc

  @file "lists.erl"
  @beamlet_def_line 1313
  def map(fun, list) when is_function(fun, 1) do
    __at_line__(1314, case list do
      [h | t] -> __at_line__(1315, [fun.(h) | map_1(fun, t)])
      [] -> []
      other -> __at_line__(1314, :erlang.error({:case_clause, other}))
    end)
  end

  # OTP's map_1 is body-recursive ([F(H) | map_1(F, T)]); the BEAM collapses the repeated return
  # address, so its trace shows at most the map_1 that called F and one map_1 under it. The
  # second element's call is made so (a frame under the rest); the rest is a loop with an
  # accumulator, reversed at the end, shown as map_1/2: the same frames, without a stack as deep
  # as the list.
  @file "lists.erl"
  @beamlet_def_line 1319
  @beamlet_frame_line 1320
  defp map_1(fun, [h | t]), do: [fun.(h) | map_1_rest(fun, t, [])]
  @beamlet_frame_line 1320
  defp map_1(_fun, []), do: []

  @file "lists.erl"
  @beamlet_shown_as {:map_1, 2}
  @beamlet_frame_line 1320
  defp map_1_rest(fun, [h | t], acc), do: map_1_rest(fun, t, [fun.(h) | acc])
  @beamlet_frame_line 1320
  defp map_1_rest(_fun, [], acc), do: :beamlet.reverse_owned(acc)
  @beamlet_frame_line 1320
  defp map_1_rest(fun, tail, _acc), do: map_1(fun, tail)

  # [E || E <- List, Pred(E)]: Erlang's comprehension function, a bad tail a bad_generator and a
  # result other than true/false a bad_filter
  @file "lists.erl"
  @beamlet_def_line 1382
  def filter(pred, list) when is_function(pred, 1), do: unquote(:"-filter/2-lc$^0/1-0-")(list, pred)

  # (body-recursive on a kept element in OTP: one frame under the rest, then a loop, as map_1)
  @file "lists.erl"
  @beamlet_def_line 1383
  @beamlet_frame_line 1383
  defp unquote(:"-filter/2-lc$^0/1-0-")([h | t], {:"$beamlet_filter", pred, acc}) do
    case pred.(h) do
      true -> unquote(:"-filter/2-lc$^0/1-0-")(t, {:"$beamlet_filter", pred, [h | acc]})
      false -> unquote(:"-filter/2-lc$^0/1-0-")(t, {:"$beamlet_filter", pred, acc})
      other -> __at_line__(1383, :erlang.error({:bad_filter, other}))
    end
  end

  @beamlet_frame_line 1383
  defp unquote(:"-filter/2-lc$^0/1-0-")([], {:"$beamlet_filter", _pred, acc}), do: :beamlet.reverse_owned(acc)
  @beamlet_frame_line 1383
  defp unquote(:"-filter/2-lc$^0/1-0-")(other, {:"$beamlet_filter", pred, _acc}), do: unquote(:"-filter/2-lc$^0/1-0-")(other, pred)

  @beamlet_frame_line 1383
  defp unquote(:"-filter/2-lc$^0/1-0-")([h | t], pred) do
    case pred.(h) do
      true -> [h | unquote(:"-filter/2-lc$^0/1-0-")(t, {:"$beamlet_filter", pred, []})]
      false -> unquote(:"-filter/2-lc$^0/1-0-")(t, pred)
      other -> __at_line__(1383, :erlang.error({:bad_filter, other}))
    end
  end

  @beamlet_frame_line 1383
  defp unquote(:"-filter/2-lc$^0/1-0-")([], _pred), do: []
  defp unquote(:"-filter/2-lc$^0/1-0-")(other, _pred), do: __at_line__(1383, :erlang.error({:bad_generator, other}))

  @file "lists.erl"
  @beamlet_def_line 1413
  def filtermap(fun, list) when is_function(fun, 1), do: filtermap_1(fun, list)

  @file "lists.erl"
  @beamlet_def_line 1416
  defp filtermap_1(fun, [h | t]) do
    case __at_line__(1417, fun.(h)) do
      false -> filtermap_1(fun, t)
      true -> __at_line__(1419, [h | filtermap_1(fun, t)])
      {true, v} -> __at_line__(1421, [v | filtermap_1(fun, t)])
      other -> __at_line__(1417, :erlang.error({:case_clause, other}))
    end
  end

  defp filtermap_1(_fun, []), do: []

  @file "lists.erl"
  @beamlet_def_line 1331
  def flatmap(fun, list) when is_function(fun, 1), do: flatmap_1(fun, list)

  @file "lists.erl"
  @beamlet_def_line 1334
  @beamlet_frame_line 1335
  defp flatmap_1(fun, [h | t]), do: fun.(h) ++ flatmap_1(fun, t)
  defp flatmap_1(_fun, []), do: []

  # (OTP 25's: the fun checked once, then foreach_1's frame under each call)
  @file "lists.erl"
  @beamlet_def_line 1438
  def foreach(fun, list) when is_function(fun, 1), do: foreach_1(fun, list)

  @file "lists.erl"
  @beamlet_def_line 1441
  @beamlet_frame_line 1442
  defp foreach_1(fun, [h | t]) do
    fun.(h)
    foreach_1(fun, t)
  end

  defp foreach_1(_fun, []), do: :ok

  @file "lists.erl"
  @beamlet_def_line 1288
  def any(pred, list) when is_function(pred, 1) do
    __at_line__(1289, case list do
      [h | t] ->
        case __at_line__(1291, pred.(h)) do
          true -> true
          false -> any_1(pred, t)
          other -> __at_line__(1291, :erlang.error({:case_clause, other}))
        end

      [] ->
        false

      other ->
        __at_line__(1289, :erlang.error({:case_clause, other}))
    end)
  end

  @file "lists.erl"
  @beamlet_def_line 1298
  @beamlet_frame_line 1299
  defp any_1(pred, [h | t]) do
    case pred.(h) do
      true -> true
      false -> any_1(pred, t)
    end
  end

  defp any_1(_pred, []), do: false

  @file "lists.erl"
  @beamlet_def_line 1265
  def all(pred, list) when is_function(pred, 1) do
    __at_line__(1266, case list do
      [h | t] ->
        case __at_line__(1268, pred.(h)) do
          true -> all_1(pred, t)
          false -> false
          other -> __at_line__(1268, :erlang.error({:case_clause, other}))
        end

      [] ->
        true

      other ->
        __at_line__(1266, :erlang.error({:case_clause, other}))
    end)
  end

  @file "lists.erl"
  @beamlet_def_line 1275
  @beamlet_frame_line 1276
  defp all_1(pred, [h | t]) do
    case pred.(h) do
      true -> all_1(pred, t)
      false -> false
    end
  end

  defp all_1(_pred, []), do: true

  @file "lists.erl"
  @beamlet_def_line 1495
  def takewhile(pred, list) when is_function(pred, 1), do: takewhile_1(pred, list)

  @file "lists.erl"
  @beamlet_def_line 1498
  defp takewhile_1(pred, [h | t]) do
    case __at_line__(1499, pred.(h)) do
      true -> __at_line__(1500, [h | takewhile_1(pred, t)])
      false -> []
      other -> __at_line__(1499, :erlang.error({:case_clause, other}))
    end
  end

  defp takewhile_1(_pred, []), do: []

  @file "lists.erl"
  @beamlet_def_line 1512
  def dropwhile(pred, list) when is_function(pred, 1), do: dropwhile_1(pred, list)

  @file "lists.erl"
  @beamlet_def_line 1515
  @beamlet_frame_line 1516
  defp dropwhile_1(pred, [h | t] = list) do
    case pred.(h) do
      true -> dropwhile_1(pred, t)
      false -> list
    end
  end

  defp dropwhile_1(_pred, []), do: []

  @file "lists.erl"
  @beamlet_def_line 1546
  def splitwith(pred, list) when is_function(pred, 1), do: splitwith_1(pred, list, [])

  @file "lists.erl"
  @beamlet_def_line 1549
  @beamlet_frame_line 1550
  defp splitwith_1(pred, [h | t] = list, taken) do
    case pred.(h) do
      true -> splitwith_1(pred, t, [h | taken])
      false -> {:lists.reverse(taken), list}
    end
  end

  defp splitwith_1(_pred, [], taken), do: {:lists.reverse(taken), []}

  @file "lists.erl"
  @beamlet_def_line 1395
  def partition(pred, list) when is_function(pred, 1), do: partition_1(pred, list, [], [])

  @file "lists.erl"
  @beamlet_def_line 1398
  @beamlet_frame_line 1399
  defp partition_1(pred, [h | t], yes, no) do
    case pred.(h) do
      true -> partition_1(pred, t, [h | yes], no)
      false -> partition_1(pred, t, yes, [h | no])
    end
  end

  defp partition_1(_pred, [], yes, no), do: {:lists.reverse(yes), :lists.reverse(no)}

  @file "lists.erl"
  @beamlet_def_line 1458
  def mapfoldl(fun, acc, list) when is_function(fun, 2), do: mapfoldl_1(fun, acc, list)

  @file "lists.erl"
  @beamlet_def_line 1461
  defp mapfoldl_1(fun, acc0, [h | t]) do
    __at_line__(1462, {r, acc1} = fun.(h, acc0))
    __at_line__(1463, {rs, acc2} = mapfoldl_1(fun, acc1, t))
    {[r | rs], acc2}
  end

  defp mapfoldl_1(_fun, acc, []), do: {[], acc}

  @file "lists.erl"
  @beamlet_def_line 1479
  def mapfoldr(fun, acc, list) when is_function(fun, 2), do: mapfoldr_1(fun, acc, list)

  @file "lists.erl"
  @beamlet_def_line 1482
  defp mapfoldr_1(fun, acc0, [h | t]) do
    __at_line__(1483, {rs, acc1} = mapfoldr_1(fun, acc0, t))
    __at_line__(1484, {r, acc2} = fun.(h, acc1))
    {[r | rs], acc2}
  end

  defp mapfoldr_1(_fun, acc, []), do: {[], acc}

  @file "lists.erl"
  @beamlet_def_line 483
  @beamlet_frame_line 483
  def zipwith(fun, [a | as], [b | bs]), do: [fun.(a, b) | zipwith(fun, as, bs)]
  def zipwith(fun, [], []) when is_function(fun, 2), do: []

  @file "lists.erl"
  @beamlet_def_line 1528
  def search(pred, list) when is_function(pred, 1), do: search_1(pred, list)

  @file "lists.erl"
  @beamlet_def_line 1531
  @beamlet_frame_line 1532
  defp search_1(pred, [h | t]) do
    case pred.(h) do
      true -> {:value, h}
      false -> search_1(pred, t)
    end
  end

  defp search_1(_pred, []), do: false

  # OTP 25's lists:sort/2, step for step: a natural merge sort that splits the list into ascending
  # and descending runs (one out-of-order element kept aside) and merges them pairwise, alternating
  # the direction. A comparator with side effects sees the pairs in OTP's order, and elements it
  # calls equal come out in OTP's order. (lines: lists.erl's, where each call of `fun` is)
  @file "lists.erl"
  @beamlet_def_line 1017
  def sort(fun, []) when is_function(fun, 2), do: []
  def sort(fun, [_] = l) when is_function(fun, 2), do: l

  @beamlet_frame_line 1022
  def sort(fun, [x, y | t]) do
    case fun.(x, y) do
      true -> fsplit_1(y, x, fun, t, [], [])
      false -> fsplit_2(y, x, fun, t, [], [])
    end
  end

  # an ascending run: y the last element, x the one before, r the rest of it reversed
  @file "lists.erl"
  @beamlet_def_line 2673
  defp fsplit_1(y, x, fun, [z | l], r, rs) do
    case __at_line__(2674, fun.(y, z)) do
      true ->
        fsplit_1(z, y, fun, l, [x | r], rs)

      false ->
        case __at_line__(2678, fun.(x, z)) do
          true -> fsplit_1(y, z, fun, l, [x | r], rs)
          false when r == [] -> fsplit_1(y, x, fun, l, [z], rs)
          false -> fsplit_1_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_1(y, x, fun, [], r, rs), do: rfmergel([[y, x | r] | rs], [], fun, :asc)

  # (s: the element kept aside)
  @file "lists.erl"
  @beamlet_def_line 2690
  defp fsplit_1_1(y, x, fun, [z | l], r, rs, s) do
    case __at_line__(2691, fun.(y, z)) do
      true ->
        fsplit_1_1(z, y, fun, l, [x | r], rs, s)

      false ->
        case __at_line__(2695, fun.(x, z)) do
          true ->
            fsplit_1_1(y, z, fun, l, [x | r], rs, s)

          false ->
            case __at_line__(2699, fun.(s, z)) do
              true -> fsplit_1(z, s, fun, l, [], [[y, x | r] | rs])
              false -> fsplit_1(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_1_1(y, x, fun, [], r, rs, s), do: rfmergel([[s], [y, x | r] | rs], [], fun, :asc)

  # a descending run
  @file "lists.erl"
  @beamlet_def_line 2711
  defp fsplit_2(y, x, fun, [z | l], r, rs) do
    case __at_line__(2712, fun.(y, z)) do
      false ->
        fsplit_2(z, y, fun, l, [x | r], rs)

      true ->
        case __at_line__(2716, fun.(x, z)) do
          false -> fsplit_2(y, z, fun, l, [x | r], rs)
          true when r == [] -> fsplit_2(y, x, fun, l, [z], rs)
          true -> fsplit_2_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_2(y, x, fun, [], r, rs), do: fmergel([[y, x | r] | rs], [], fun, :desc)

  @file "lists.erl"
  @beamlet_def_line 2728
  defp fsplit_2_1(y, x, fun, [z | l], r, rs, s) do
    case __at_line__(2729, fun.(y, z)) do
      false ->
        fsplit_2_1(z, y, fun, l, [x | r], rs, s)

      true ->
        case __at_line__(2733, fun.(x, z)) do
          false ->
            fsplit_2_1(y, z, fun, l, [x | r], rs, s)

          true ->
            case __at_line__(2737, fun.(s, z)) do
              false -> fsplit_2(z, s, fun, l, [], [[y, x | r] | rs])
              true -> fsplit_2(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_2_1(y, x, fun, [], r, rs, s), do: fmergel([[s], [y, x | r] | rs], [], fun, :desc)

  # merging the runs two at a time, in one direction then the other
  @file "lists.erl"
  @beamlet_frame_line 2749
  defp fmergel([t1, [h2 | t2] | l], acc, fun, :asc), do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)
  @beamlet_frame_line 2751
  defp fmergel([[h2 | t2], t1 | l], acc, fun, :desc), do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)
  defp fmergel([l], [], _fun, _o), do: l
  defp fmergel([l], acc, fun, o), do: rfmergel([:lists.reverse(l, []) | acc], [], fun, o)
  defp fmergel([], acc, fun, o), do: rfmergel(acc, [], fun, o)

  @file "lists.erl"
  @beamlet_frame_line 2760
  defp rfmergel([[h2 | t2], t1 | l], acc, fun, :asc), do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)
  @beamlet_frame_line 2762
  defp rfmergel([t1, [h2 | t2] | l], acc, fun, :desc), do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)
  defp rfmergel([l], acc, fun, o), do: fmergel([:lists.reverse(l, []) | acc], [], fun, o)
  defp rfmergel([], acc, fun, o), do: fmergel(acc, [], fun, o)

  # (the first list's elements come first among equals)
  # (merge/3 reaches these with lists it has not checked: their heads' and reverses' lines show)
  @file "lists.erl"
  @beamlet_def_line 2771
  @beamlet_frame_line 2772
  defp fmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  @beamlet_frame_line 2779
  defp fmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  @file "lists.erl"
  @beamlet_def_line 2781
  @beamlet_frame_line 2782
  defp fmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  @beamlet_frame_line 2789
  defp fmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  @file "lists.erl"
  @beamlet_frame_line 2794
  defp rfmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  @file "lists.erl"
  @beamlet_frame_line 2804
  defp rfmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  # OTP 25's lists:usort/2: the same natural merge sort, asking the comparator both ways to tell
  # equal elements apart (the first of equals stays). Which pairs it is asked about, in which
  # order, and the CaseClauseError of an answer that is not a boolean (at lists.erl's line of that
  # call) are what programs see.
  @file "lists.erl"
  @beamlet_def_line 1057
  def usort(fun, [_] = l) when is_function(fun, 2), do: l
  def usort(fun, [] = l) when is_function(fun, 2), do: l
  def usort(fun, [x | l]) when is_function(fun, 2), do: usort_1(fun, x, l)

  @file "lists.erl"
  @beamlet_def_line 1064
  defp usort_1(fun, x, [y | l]) do
    case __at_line__(1065, fun.(x, y)) do
      true ->
        case __at_line__(1067, fun.(y, x)) do
          true when l == [] -> [x]
          true -> usort_1(fun, x, l)
          false -> ufsplit_1(y, x, fun, l, [], [])
        end

      false ->
        ufsplit_2(y, l, fun, [x])
    end
  end

  # an ascending run: y its last element, x the one before, r the rest of it reversed
  @file "lists.erl"
  @beamlet_def_line 2816
  defp ufsplit_1(y, x, fun, [z | l], r, rs) do
    case __at_line__(2817, fun.(y, z)) do
      true ->
        case __at_line__(2819, fun.(z, y)) do
          true -> ufsplit_1(y, x, fun, l, r, rs)
          false -> ufsplit_1(z, y, fun, l, [x | r], rs)
        end

      false ->
        case __at_line__(2826, fun.(x, z)) do
          true ->
            case __at_line__(2828, fun.(z, x)) do
              true -> ufsplit_1(y, x, fun, l, r, rs)
              false -> ufsplit_1(y, z, fun, l, [x | r], rs)
            end

          false when r == [] ->
            ufsplit_1(y, x, fun, l, [z], rs)

          false ->
            ufsplit_1_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp ufsplit_1(y, x, fun, [], r, rs), do: rufmergel([[y, x | r] | rs], [], fun)

  # (s: an out-of-order element kept aside)
  @file "lists.erl"
  @beamlet_def_line 2844
  defp ufsplit_1_1(y, x, fun, [z | l], r, rs, s) do
    case __at_line__(2845, fun.(y, z)) do
      true ->
        case __at_line__(2847, fun.(z, y)) do
          true -> ufsplit_1_1(y, x, fun, l, r, rs, s)
          false -> ufsplit_1_1(z, y, fun, l, [x | r], rs, s)
        end

      false ->
        case __at_line__(2854, fun.(x, z)) do
          true ->
            case __at_line__(2856, fun.(z, x)) do
              true -> ufsplit_1_1(y, x, fun, l, r, rs, s)
              false -> ufsplit_1_1(y, z, fun, l, [x | r], rs, s)
            end

          false ->
            case __at_line__(2863, fun.(s, z)) do
              true ->
                case __at_line__(2865, fun.(z, s)) do
                  true -> ufsplit_1_1(y, x, fun, l, r, rs, s)
                  false -> ufsplit_1(z, s, fun, l, [], [[y, x | r] | rs])
                end

              false ->
                ufsplit_1(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp ufsplit_1_1(y, x, fun, [], r, rs, s), do: rufmergel([[s], [y, x | r] | rs], [], fun)

  # a descending run, y its last element, r the rest of it reversed
  @file "lists.erl"
  @beamlet_def_line 2880
  defp ufsplit_2(y, [z | l], fun, r) do
    case __at_line__(2881, fun.(y, z)) do
      true ->
        case __at_line__(2883, fun.(z, y)) do
          true -> ufsplit_2(y, l, fun, r)
          false -> ufsplit_1(z, y, fun, l, [], [:lists.reverse(r, [])])
        end

      false ->
        ufsplit_2(z, l, fun, [y | r])
    end
  end

  defp ufsplit_2(y, [], _fun, r), do: [y | r]

  # merging the runs two at a time, one direction then the other
  @file "lists.erl"
  @beamlet_frame_line 2896
  @beamlet_def_line 2895
  defp ufmergel([[h1 | t1], t2 | l], acc, fun), do: ufmergel(l, [ufmerge2_2(h1, t1, fun, t2, []) | acc], fun)
  defp ufmergel([l], [], _fun), do: l
  defp ufmergel([l], acc, fun), do: rufmergel([:lists.reverse(l, []) | acc], [], fun)
  defp ufmergel([], acc, fun), do: rufmergel(acc, [], fun)

  @file "lists.erl"
  @beamlet_frame_line 2905
  @beamlet_def_line 2904
  defp rufmergel([[h2 | t2], t1 | l], acc, fun), do: rufmergel(l, [rufmerge2_1(t1, h2, fun, t2, []) | acc], fun)
  defp rufmergel([l], acc, fun), do: ufmergel([:lists.reverse(l, []) | acc], [], fun)
  defp rufmergel([], acc, fun), do: ufmergel(acc, [], fun)

  @file "lists.erl"
  @beamlet_def_line 2947
  defp rufmerge2_1([h1 | t1], h2, fun, t2, m) do
    case __at_line__(2948, fun.(h1, h2)) do
      true -> rufmerge2_2(h1, t1, fun, t2, m, h2)
      false -> rufmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rufmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  # (h1 before h2m)
  @file "lists.erl"
  @beamlet_def_line 2958
  defp rufmerge2_2(h1, t1, fun, [h2 | t2], m, h2m) do
    case __at_line__(2959, fun.(h1, h2)) do
      true ->
        rufmerge2_2(h1, t1, fun, t2, [h2m | m], h2)

      false ->
        case __at_line__(2963, fun.(h2m, h1)) do
          true -> rufmerge2_1(t1, h2, fun, t2, [h1 | m])
          false -> rufmerge2_1(t1, h2, fun, t2, [h1, h2m | m])
        end
    end
  end

  defp rufmerge2_2(h1, t1, fun, [], m, h2m) do
    case __at_line__(2971, fun.(h2m, h1)) do
      true -> :lists.reverse(t1, [h1 | m])
      false -> :lists.reverse(t1, [h1, h2m | m])
    end
  end

  @file "lists.erl"
  @beamlet_def_line 983
  @beamlet_frame_line 984
  def keymap(fun, n, [t | rest]), do: [:erlang.setelement(n, t, fun.(:erlang.element(n, t))) | keymap(fun, n, rest)]
  def keymap(fun, n, []) when is_integer(n) and n >= 1 and is_function(fun, 1), do: []

  # ---- the rest of OTP 25's :lists (Erlang code there too, so bad arguments are function clauses) ----

  @file "lists.erl"
  @beamlet_def_line 246
  def droplast([_]), do: []
  @beamlet_frame_line 247
  def droplast([h | t]), do: [h | droplast(t)]

  def flatlength(list), do: flatlength(list, 0)
  @file "lists.erl"
  @beamlet_def_line 675
  defp flatlength([h | t], n) when is_list(h), do: flatlength(t, flatlength(h, n))
  defp flatlength([_ | t], n), do: flatlength(t, n + 1)
  defp flatlength([], n), do: n

  @file "lists.erl"
  @beamlet_def_line 1586
  def join(_sep, []), do: []
  def join(sep, [h | t]), do: [h | join_prepend(sep, t)]
  defp join_prepend(_sep, []), do: []
  defp join_prepend(sep, [h | t]), do: [sep, h | join_prepend(sep, t)]

  # the first of each run of equal (=:=) elements, in order
  def uniq(list), do: uniq_1(list, %{})

  @file "lists.erl"
  @beamlet_def_line 2988
  defp uniq_1(list, seen) when is_list(list), do: uniq_by(list, fn x -> x end, seen)
  @file "lists.erl"
  @beamlet_def_line 3006
  def uniq(fun, list) when is_function(fun, 1), do: uniq_2(list, fun, %{})

  @file "lists.erl"
  @beamlet_def_line 3009
  defp uniq_2([h | t], fun, seen) do
    key = __at_line__(3010, fun.(h))

    case seen do
      %{^key => true} -> uniq_2(t, fun, seen)
      _ -> __at_line__(3015, [h | uniq_2(t, fun, Map.put(seen, key, true))])
    end
  end

  defp uniq_2([], _fun, _seen), do: []

  defp uniq_by([], _fun, _seen), do: []

  defp uniq_by([h | t], fun, seen) do
    key = fun.(h)

    case seen do
      %{^key => true} -> uniq_by(t, fun, seen)
      _ -> [h | uniq_by(t, fun, Map.put(seen, key, true))]
    end
  end

  @file "lists.erl"
  @beamlet_def_line 449
  @beamlet_frame_line 449
  def zip3([x | xs], [y | ys], [z | zs]), do: [{x, y, z} | zip3(xs, ys, zs)]
  def zip3([], [], []), do: []

  def unzip3(list), do: unzip3(list, [], [], [])
  @file "lists.erl"
  @beamlet_def_line 466
  defp unzip3([{x, y, z} | t], xs, ys, zs), do: unzip3(t, [x | xs], [y | ys], [z | zs])
  defp unzip3([], xs, ys, zs), do: {:lists.reverse(xs), :lists.reverse(ys), :lists.reverse(zs)}

  @file "lists.erl"
  @beamlet_def_line 500
  @beamlet_frame_line 501
  def zipwith3(fun, [x | xs], [y | ys], [z | zs]), do: [fun.(x, y, z) | zipwith3(fun, xs, ys, zs)]
  def zipwith3(fun, [], [], []) when is_function(fun, 3), do: []

  # merges of sorted lists: on a tie the element of the earlier list comes first
  def merge(lists), do: mergel(lists, [])

  @file "lists.erl"
  @beamlet_def_line 1666
  defp mergel(lists, []) when is_list(lists), do: Enum.reduce(lists, [], fn l, acc -> merge_le(acc, l) end)

  @file "lists.erl"
  @beamlet_def_line 578
  def merge3(l1, l2, l3) when is_list(l1) and is_list(l2) and is_list(l3), do: merge_le(merge_le(l1, l2), l3)
  # OTP 25's merge/3: the second list's head waits in fmerge2_1/5 (the helpers sort/2 uses), so
  # a raising fun or a first list that is no list fails there, under merge/3's frame
  @file "lists.erl"
  @beamlet_def_line 1037
  @beamlet_frame_line 1038
  def merge(fun, t1, [h2 | t2]) when is_function(fun, 2), do: :lists.reverse(fmerge2_1(t1, h2, fun, t2, []), [])
  def merge(fun, t1, []) when is_function(fun, 2), do: t1

  defp merge_le([h1 | t1], [h2 | _] = l2) when h1 <= h2, do: [h1 | merge_le(t1, l2)]
  defp merge_le(l1, [h2 | t2]) when l1 != [], do: [h2 | merge_le(l1, t2)]
  defp merge_le([], l2), do: l2
  defp merge_le(l1, []), do: l1

  def umerge(lists), do: umergel(lists, [], :asc)

  @file "lists.erl"
  @beamlet_def_line 1899
  defp umergel(lists, [], :asc) when is_list(lists), do: Enum.reduce(lists, [], fn l, acc -> :lists.umerge(acc, l) end)

  @file "lists.erl"
  @beamlet_def_line 1187
  def umerge3(l1, l2, l3) when is_list(l1) and is_list(l2) and is_list(l3), do: :lists.umerge(:lists.umerge(l1, l2), l3)

  @file "lists.erl"
  @beamlet_def_line 1090
  # OTP 25's: the merged elements are gathered reversed; an element of the second list that
  # follows one taken from the first is dropped when the comparator also puts it before that
  # one (the two are equal). Every answer must be a boolean: another fails the case it is in.
  # The second list is not checked here: ufmerge2_2/5 fails on what is no list, under this frame.
  def umerge(fun, [], l2) when is_function(fun, 2), do: l2
  @beamlet_frame_line 1093
  def umerge(fun, [h1 | t1], l2) when is_function(fun, 2), do: :lists.reverse(ufmerge2_2(h1, t1, fun, l2, []), [])

  # (no element of the first list taken just before h2's turn)
  @file "lists.erl"
  @beamlet_def_line 2935
  defp ufmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case __at_line__(2936, fun.(h1, h2)) do
      true -> ufmerge2_1(t1, h2, fun, t2, [h1 | m], h1)
      false -> ufmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  defp ufmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  # (taken: the first list's element taken last, =< h2)
  @file "lists.erl"
  @beamlet_def_line 2915
  defp ufmerge2_1([h1 | t1], h2, fun, t2, m, taken) do
    case __at_line__(2916, fun.(h1, h2)) do
      true ->
        ufmerge2_1(t1, h2, fun, t2, [h1 | m], h1)

      false ->
        case __at_line__(2920, fun.(h2, taken)) do
          true -> ufmerge2_2(h1, t1, fun, t2, m)
          false -> ufmerge2_2(h1, t1, fun, t2, [h2 | m])
        end
    end
  end

  defp ufmerge2_1([], h2, fun, t2, m, taken) do
    case __at_line__(2928, fun.(h2, taken)) do
      true -> :lists.reverse(t2, m)
      false -> :lists.reverse(t2, [h2 | m])
    end
  end

  @file "lists.erl"
  @beamlet_def_line 848
  def keymerge(n, l1, l2) when is_integer(n) and n > 0 and is_list(l1) and is_list(l2), do: keymerge_loop(n, l1, l2)

  defp keymerge_loop(n, [h1 | t1], [h2 | _] = l2) when elem(h1, n - 1) <= elem(h2, n - 1), do: [h1 | keymerge_loop(n, t1, l2)]
  defp keymerge_loop(n, [_ | _] = l1, [h2 | t2]), do: [h2 | keymerge_loop(n, l1, t2)]
  defp keymerge_loop(_n, [], l2), do: l2
  defp keymerge_loop(_n, l1, []), do: l1

  # sorted on the n-th element, keeping the first tuple of each run of equal (==) keys
  @file "lists.erl"
  @beamlet_def_line 879
  def ukeysort(n, list) when is_integer(n) and n > 0 do
    # (OTP's case on the list: anything but [], [_] or two elements and more is a case_clause; the
    # first two elements' keys are read before the sort)
    __at_line__(880, case list do
      [] -> list
      [_] -> list
      [x, y | t] ->
        {ex, ey} = __at_line__(884, {elem(x, n - 1), elem(y, n - 1)})

        cond do
          ex == ey -> ukeysort_1(n, x, ex, t)
          ex < ey -> ukeysort_ascending(n, x, ex, y, ey, t)
          true -> ukeysort_descending(n, x, ex, y, ey, t)
        end
    end)
  end

  # (two in order: a third is placed directly, read in ukeysort/2's frame)
  @file "lists.erl"
  @beamlet_shown_as {:ukeysort, 2}
  defp ukeysort_ascending(_i, x, _ex, y, _ey, []), do: [x, y]

  defp ukeysort_ascending(i, x, ex, y, ey, [z]) do
    ez = __at_line__(892, :erlang.element(i, z))

    cond do
      ey == ez -> [x, y]
      ey < ez -> [x, y, z]
      ex == ez -> [x, y]
      ex < ez -> [x, z, y]
      true -> [z, x, y]
    end
  end

  defp ukeysort_ascending(i, x, ex, y, ey, t), do: ukeysplit_1(i, x, ex, y, ey, t, [], [])

  @file "lists.erl"
  @beamlet_shown_as {:ukeysort, 2}
  defp ukeysort_descending(_i, x, _ex, y, _ey, []), do: [y, x]

  defp ukeysort_descending(i, x, ex, y, ey, [z]) do
    ez = __at_line__(912, :erlang.element(i, z))

    cond do
      ex == ez -> [y, x]
      ex < ez -> [y, x, z]
      ey == ez -> [y, x]
      ey <= ez -> [y, z, x]
      true -> [z, y, x]
    end
  end

  defp ukeysort_descending(i, x, _ex, y, ey, t), do: ukeysplit_2(i, y, ey, t, [x])

  # OTP 25's splitting phase of ukeysort/2, so that an improper tail or an element that is no
  # tuple fails in the helper (and with the arguments) OTP's does: runs of ascending keys, a later
  # tuple whose key equals one of the run's dropped; the runs are then merged keeping the earliest
  @file "lists.erl"
  @beamlet_def_line 930
  defp ukeysort_1(i, x, ex, [y | l]) do
    ey = __at_line__(931, :erlang.element(i, y))

    cond do
      ex == ey -> ukeysort_1(i, x, ex, l)
      ex < ey -> ukeysplit_1(i, x, ex, y, ey, l, [], [])
      true -> ukeysplit_2(i, y, ey, l, [x])
    end
  end

  defp ukeysort_1(_i, x, _ex, []), do: [x]

  @file "lists.erl"
  @beamlet_def_line 2369
  defp ukeysplit_1(i, x, ex, y, ey, [z | l], r, rs) do
    ez = __at_line__(2370, :erlang.element(i, z))

    cond do
      ey == ez -> ukeysplit_1(i, x, ex, y, ey, l, r, rs)
      ey < ez -> ukeysplit_1(i, y, ey, z, ez, l, [x | r], rs)
      ex == ez -> ukeysplit_1(i, x, ex, y, ey, l, r, rs)
      ex < ez -> ukeysplit_1(i, z, ez, y, ey, l, [x | r], rs)
      r == [] -> ukeysplit_1(i, x, ex, y, ey, l, [z], rs)
      true -> ukeysplit_1_1(i, x, ex, y, ey, l, r, rs, z, ez)
    end
  end

  defp ukeysplit_1(i, x, _ex, y, _ey, [], r, rs), do: ukey_merge_runs(i, [[y, x | r] | rs])

  @file "lists.erl"
  @beamlet_def_line 2387
  defp ukeysplit_1_1(i, x, ex, y, ey, [z | l], r, rs, s, es) do
    ez = __at_line__(2388, :erlang.element(i, z))

    cond do
      ey == ez -> ukeysplit_1_1(i, x, ex, y, ey, l, r, rs, s, es)
      ey < ez -> ukeysplit_1_1(i, y, ey, z, ez, l, [x | r], rs, s, es)
      ex == ez -> ukeysplit_1_1(i, x, ex, y, ey, l, r, rs, s, es)
      ex < ez -> ukeysplit_1_1(i, z, ez, y, ey, l, [x | r], rs, s, es)
      es == ez -> ukeysplit_1_1(i, x, ex, y, ey, l, r, rs, s, es)
      es < ez -> ukeysplit_1(i, s, es, z, ez, l, [], [[y, x | r] | rs])
      true -> ukeysplit_1(i, z, ez, s, es, l, [], [[y, x | r] | rs])
    end
  end

  defp ukeysplit_1_1(i, x, _ex, y, _ey, [], r, rs, s, _es), do: ukey_merge_runs(i, [[s], [y, x | r] | rs])

  @file "lists.erl"
  @beamlet_def_line 2408
  defp ukeysplit_2(i, y, ey, [z | l], r) do
    ez = __at_line__(2409, :erlang.element(i, z))

    cond do
      ey == ez -> ukeysplit_2(i, y, ey, l, r)
      ey < ez -> ukeysplit_1(i, y, ey, z, ez, l, [], [:lists.reverse(r, [])])
      true -> ukeysplit_2(i, z, ez, l, [y | r])
    end
  end

  defp ukeysplit_2(_i, y, _ey, [], r), do: [y | r]

  # the runs (the latest first, each in descending key order) merged: of equal keys the tuple of
  # the earliest run is kept
  defp ukey_merge_runs(i, runs) do
    all = Enum.reduce(runs, [], fn run, acc -> :lists.reverse(run, acc) end)
    ukey_dedup(:lists.keysort(i, all), i)
  end

  @file "lists.erl"
  @beamlet_def_line 951
  def ukeymerge(n, l1, l2) when is_integer(n) and n > 0 and is_list(l1) and is_list(l2) do
    keymerge_loop(n, l1, l2) |> ukey_dedup(n)
  end

  defp ukey_dedup([a, b | t], n) when elem(a, n - 1) == elem(b, n - 1), do: ukey_dedup([a | t], n)
  defp ukey_dedup([a | t], n), do: [a | ukey_dedup(t, n)]
  defp ukey_dedup([], _n), do: []

  # merges of lists sorted in reverse order: OTP's results are the forward merge's of the reversed
  # lists, reversed (ties between equal terms such as 1 and 1.0 fall the same way)
  @file "lists.erl"
  @beamlet_def_line 619
  def rmerge(l1, l2) when is_list(l1) and is_list(l2), do: rev(:lists.merge(rev(l1), rev(l2)))

  # with a fun: the second list's head goes first when fun.(h1, h2)
  @file "lists.erl"
  @beamlet_def_line 1046
  def rmerge(fun, l1, l2) when is_function(fun, 2) and is_list(l1) and is_list(l2),
    do: rmerge_fun(fun, l1, l2, [])

  defp rmerge_fun(fun, [h1 | t1] = l1, [h2 | t2] = l2, acc) do
    if fun.(h1, h2), do: rmerge_fun(fun, l1, t2, [h2 | acc]), else: rmerge_fun(fun, t1, l2, [h1 | acc])
  end

  defp rmerge_fun(_fun, [], l2, acc), do: :lists.reverse(acc, l2)
  defp rmerge_fun(_fun, l1, [], acc), do: :lists.reverse(acc, l1)

  @file "lists.erl"
  @beamlet_def_line 590
  def rmerge3(l1, l2, l3) when is_list(l1) and is_list(l2) and is_list(l3),
    do: rev(:lists.merge3(rev(l1), rev(l2), rev(l3)))

  @file "lists.erl"
  @beamlet_def_line 863
  def rkeymerge(n, l1, l2) when is_integer(n) and n > 0 and is_list(l1) and is_list(l2),
    do: rev(:lists.keymerge(n, rev(l1), rev(l2)))

  # unique merges of lists sorted in reverse order: of two equal (==) heads the first list's is kept
  @file "lists.erl"
  @beamlet_def_line 1230
  def rumerge(l1, l2) when is_list(l1) and is_list(l2), do: rumerge_loop(l1, l2, [])

  defp rumerge_loop([], l2, acc), do: :lists.reverse(acc, l2)
  defp rumerge_loop(l1, [], acc), do: :lists.reverse(acc, l1)
  defp rumerge_loop([h1 | t1], [h2 | _] = l2, acc) when h1 > h2, do: rumerge_loop(t1, l2, [h1 | acc])
  defp rumerge_loop([h1 | _] = l1, [h2 | t2], acc) when h2 > h1, do: rumerge_loop(l1, t2, [h2 | acc])
  defp rumerge_loop([h1 | t1], [_ | t2], acc), do: rumerge_loop(t1, t2, [h1 | acc])

  @file "lists.erl"
  @beamlet_def_line 1200
  def rumerge3(l1, l2, l3) when is_list(l1) and is_list(l2) and is_list(l3),
    do: rumerge(l1, rumerge(l2, l3))

  # with a fun ordering the lists in reverse: h1 first unless fun.(h1, h2); equal heads keep h1
  @file "lists.erl"
  @beamlet_def_line 1099
  def rumerge(fun, l1, l2) when is_function(fun, 2) and is_list(l1) and is_list(l2),
    do: rumerge_fun(fun, l1, l2, [])

  defp rumerge_fun(fun, [h1 | t1] = l1, [h2 | t2] = l2, acc) do
    cond do
      not fun.(h1, h2) -> rumerge_fun(fun, t1, l2, [h1 | acc])
      fun.(h2, h1) -> rumerge_fun(fun, t1, t2, [h1 | acc])
      true -> rumerge_fun(fun, l1, t2, [h2 | acc])
    end
  end

  defp rumerge_fun(_fun, [], l2, acc), do: :lists.reverse(acc, l2)
  defp rumerge_fun(_fun, l1, [], acc), do: :lists.reverse(acc, l1)

  # tuples of equal keys: the first list's is kept, duplicates inside one list stay
  @file "lists.erl"
  @beamlet_def_line 966
  def rukeymerge(n, l1, l2) when is_integer(n) and n > 0 and is_list(l1) and is_list(l2),
    do: rukeymerge_loop(n, l1, l2, [])

  defp rukeymerge_loop(_n, [], l2, acc), do: :lists.reverse(acc, l2)
  defp rukeymerge_loop(_n, l1, [], acc), do: :lists.reverse(acc, l1)

  defp rukeymerge_loop(n, [h1 | t1] = l1, [h2 | t2] = l2, acc) do
    k1 = elem(h1, n - 1)
    k2 = elem(h2, n - 1)

    cond do
      k1 > k2 -> rukeymerge_loop(n, t1, l2, [h1 | acc])
      k2 > k1 -> rukeymerge_loop(n, l1, t2, [h2 | acc])
      true -> rukeymerge_loop(n, t1, t2, [h1 | acc])
    end
  end

  # Erlang's old name of filtermap/2
  def zf(fun, list), do: :lists.filtermap(fun, list)

  defp rev(l), do: :lists.reverse(l)
end
