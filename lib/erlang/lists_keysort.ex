defmodule :beamlet_lists_keysort do
  @moduledoc false
  # :lists.keysort/2 in the order OTP 25 gives tuples whose keys compare equal but differ (0 and
  # 0.0): OTP's natural merge sort is not stable for them (a pair of equal tuples starts a run
  # that keeps the first key; runs are merged three and two at a time, alternating direction),
  # and programs print its order. vm/bifs/lists_keysort.ts reads every key first (failing as OTP
  # does) and hands lists whose keys hold a float to this module; others have no such ties.
  # The list given here is proper, of tuples at least i in size.

  def keysort(i, [x, y | t] = l) do
    ex = key(i, x)
    ey = key(i, y)

    if ex <= ey do
      case t do
        [] -> l
        [z] -> ascending3(x, ex, y, ey, z, key(i, z))
        _ when x == y -> equal_run(i, y, ey, t, [x])
        _ -> ascending(i, x, ex, y, ey, t, [], [])
      end
    else
      case t do
        [] -> [y, x]
        [z] -> descending3(x, ex, y, ey, z, key(i, z))
        _ -> descending(i, x, ex, y, ey, t, [], [])
      end
    end
  end

  def keysort(_i, l), do: l

  defp ascending3(x, ex, y, ey, z, ez) do
    cond do
      ey <= ez -> [x, y, z]
      ex <= ez -> [x, z, y]
      true -> [z, x, y]
    end
  end

  defp descending3(x, ex, y, ey, z, ez) do
    cond do
      ex <= ez -> [y, x, z]
      ey <= ez -> [y, z, x]
      true -> [z, y, x]
    end
  end

  # elements equal to the first pair (as whole terms) are passed over, keeping its key
  defp equal_run(i, x, ex, [y | l], r) when x == y, do: equal_run(i, y, ex, l, [x | r])

  defp equal_run(i, x, ex, [y | l], r) do
    ey = :erlang.element(i, y)
    if ex <= ey, do: ascending(i, x, ex, y, ey, l, r, []), else: descending(i, x, ex, y, ey, l, r, [])
  end

  defp equal_run(_i, x, _ex, [], r), do: :lists.reverse(r, [x])

  # an ascending run ending x, y; r the rest of it reversed, rs the runs so far
  defp ascending(i, x, ex, y, ey, [z | l], r, rs) do
    ez = :erlang.element(i, z)

    cond do
      ey <= ez -> ascending(i, y, ey, z, ez, l, [x | r], rs)
      ex <= ez -> ascending(i, z, ez, y, ey, l, [x | r], rs)
      r == [] -> ascending(i, x, ex, y, ey, l, [z], rs)
      true -> ascending_aside(i, x, ex, y, ey, l, r, rs, z, ez)
    end
  end

  defp ascending(i, x, _ex, y, _ey, [], r, rs), do: rmergel(i, [[y, x | r] | rs], [], :asc)

  # the same with one out-of-order element s set aside: the next one starts a run with it
  defp ascending_aside(i, x, ex, y, ey, [z | l], r, rs, s, es) do
    ez = :erlang.element(i, z)

    cond do
      ey <= ez -> ascending_aside(i, y, ey, z, ez, l, [x | r], rs, s, es)
      ex <= ez -> ascending_aside(i, z, ez, y, ey, l, [x | r], rs, s, es)
      es <= ez -> ascending(i, s, es, z, ez, l, [], [[y, x | r] | rs])
      true -> ascending(i, z, ez, s, es, l, [], [[y, x | r] | rs])
    end
  end

  defp ascending_aside(i, x, _ex, y, _ey, [], r, rs, s, _es), do: rmergel(i, [[s], [y, x | r] | rs], [], :asc)

  defp descending(i, x, ex, y, ey, [z | l], r, rs) do
    ez = :erlang.element(i, z)

    cond do
      ey > ez -> descending(i, y, ey, z, ez, l, [x | r], rs)
      ex > ez -> descending(i, z, ez, y, ey, l, [x | r], rs)
      r == [] -> descending(i, x, ex, y, ey, l, [z], rs)
      true -> descending_aside(i, x, ex, y, ey, l, r, rs, z, ez)
    end
  end

  defp descending(i, x, _ex, y, _ey, [], r, rs), do: mergel(i, [[y, x | r] | rs], [], :desc)

  defp descending_aside(i, x, ex, y, ey, [z | l], r, rs, s, es) do
    ez = :erlang.element(i, z)

    cond do
      ey > ez -> descending_aside(i, y, ey, z, ez, l, [x | r], rs, s, es)
      ex > ez -> descending_aside(i, z, ez, y, ey, l, [x | r], rs, s, es)
      es > ez -> descending(i, s, es, z, ez, l, [], [[y, x | r] | rs])
      true -> descending(i, z, ez, s, es, l, [], [[y, x | r] | rs])
    end
  end

  defp descending_aside(i, x, _ex, y, _ey, [], r, rs, s, _es), do: mergel(i, [[s], [y, x | r] | rs], [], :desc)

  # mergel merges ascending runs into descending ones, rmergel back; o is the direction the
  # runs were split in, which decides which run a tie is taken from
  defp mergel(i, [t1, [h2 | t2], [h3 | t3] | l], acc, :asc),
    do: mergel(i, l, [merge3_1(i, t1, [], key(i, h2), h2, t2, key(i, h3), h3, t3) | acc], :asc)

  defp mergel(i, [[h3 | t3], [h2 | t2], t1 | l], acc, :desc),
    do: mergel(i, l, [merge3_1(i, t1, [], key(i, h2), h2, t2, key(i, h3), h3, t3) | acc], :desc)

  defp mergel(i, [t1, [h2 | t2] | l], acc, :asc), do: mergel(i, l, [merge2_1(i, t1, key(i, h2), h2, t2, []) | acc], :asc)
  defp mergel(i, [[h2 | t2], t1 | l], acc, :desc), do: mergel(i, l, [merge2_1(i, t1, key(i, h2), h2, t2, []) | acc], :desc)
  defp mergel(_i, [l], [], _o), do: l
  defp mergel(i, [l], acc, o), do: rmergel(i, [:lists.reverse(l, []) | acc], [], o)
  defp mergel(i, [], acc, o), do: rmergel(i, acc, [], o)

  defp rmergel(i, [[h3 | t3], [h2 | t2], t1 | l], acc, :asc),
    do: rmergel(i, l, [rmerge3_1(i, t1, [], key(i, h2), h2, t2, key(i, h3), h3, t3) | acc], :asc)

  defp rmergel(i, [t1, [h2 | t2], [h3 | t3] | l], acc, :desc),
    do: rmergel(i, l, [rmerge3_1(i, t1, [], key(i, h2), h2, t2, key(i, h3), h3, t3) | acc], :desc)

  defp rmergel(i, [[h2 | t2], t1 | l], acc, :asc), do: rmergel(i, l, [rmerge2_1(i, t1, key(i, h2), h2, t2, []) | acc], :asc)
  defp rmergel(i, [t1, [h2 | t2] | l], acc, :desc), do: rmergel(i, l, [rmerge2_1(i, t1, key(i, h2), h2, t2, []) | acc], :desc)
  defp rmergel(i, [l], acc, o), do: mergel(i, [:lists.reverse(l, []) | acc], [], o)
  defp rmergel(i, [], acc, o), do: mergel(i, acc, [], o)

  defp key(i, t), do: :erlang.element(i, t)

  # three ascending lists into one descending (m, reversed): the first list wins ties
  defp merge3_1(i, [h1 | t1], m, e2, h2, t2, e3, h3, t3) do
    e1 = key(i, h1)
    if e1 <= e2, do: merge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m), else: merge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m)
  end

  defp merge3_1(i, [], m, e2, h2, t2, e3, h3, t3) when e2 <= e3, do: merge2_1(i, t2, e3, h3, t3, [h2 | m])
  defp merge3_1(i, [], m, e2, h2, t2, _e3, h3, t3), do: merge2_2(i, t2, e2, h3, t3, m, h2)

  defp merge3_2(i, e1, h1, t1, [h2 | t2], m, e3, h3, t3) do
    e2 = key(i, h2)
    if e1 <= e2, do: merge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m), else: merge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m)
  end

  defp merge3_2(i, e1, h1, t1, [], m, e3, h3, t3) when e1 <= e3, do: merge2_1(i, t1, e3, h3, t3, [h1 | m])
  defp merge3_2(i, e1, h1, t1, [], m, _e3, h3, t3), do: merge2_2(i, t1, e1, h3, t3, m, h1)

  defp merge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m) when e1 <= e3, do: merge3_1(i, t1, [h1 | m], e2, h2, t2, e3, h3, t3)
  defp merge3_12(i, e1, h1, t1, e2, h2, t2, _e3, h3, t3, m), do: merge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp merge3_12_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    e3 = key(i, h3)
    if e1 <= e3, do: merge3_1(i, t1, [h1 | m], e2, h2, t2, e3, h3, t3), else: merge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
  end

  defp merge3_12_3(i, _e1, h1, t1, e2, h2, t2, [], m), do: merge2_1(i, t1, e2, h2, t2, [h1 | m])

  defp merge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m) when e2 <= e3, do: merge3_2(i, e1, h1, t1, t2, [h2 | m], e3, h3, t3)
  defp merge3_21(i, e1, h1, t1, e2, h2, t2, _e3, h3, t3, m), do: merge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp merge3_21_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    e3 = key(i, h3)
    if e2 <= e3, do: merge3_2(i, e1, h1, t1, t2, [h2 | m], e3, h3, t3), else: merge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
  end

  defp merge3_21_3(i, e1, h1, t1, _e2, h2, t2, [], m), do: merge2_2(i, t1, e1, h2, t2, m, h1)

  # three descending lists into one ascending (m, reversed)
  defp rmerge3_1(i, [h1 | t1], m, e2, h2, t2, e3, h3, t3) do
    e1 = key(i, h1)
    if e1 <= e2, do: rmerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m), else: rmerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m)
  end

  defp rmerge3_1(i, [], m, e2, h2, t2, e3, h3, t3) when e2 <= e3, do: rmerge2_2(i, e2, t2, h3, t3, m, h2)
  defp rmerge3_1(i, [], m, _e2, h2, t2, e3, h3, t3), do: rmerge2_1(i, t2, e3, h3, t3, [h2 | m])

  defp rmerge3_2(i, e1, h1, t1, [h2 | t2], m, e3, h3, t3) do
    e2 = key(i, h2)
    if e1 <= e2, do: rmerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m), else: rmerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m)
  end

  defp rmerge3_2(i, e1, h1, t1, [], m, e3, h3, t3) when e1 <= e3, do: rmerge2_2(i, e1, t1, h3, t3, m, h1)
  defp rmerge3_2(i, _e1, h1, t1, [], m, e3, h3, t3), do: rmerge2_1(i, t1, e3, h3, t3, [h1 | m])

  defp rmerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m) when e2 <= e3, do: rmerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
  defp rmerge3_12(i, e1, h1, t1, _e2, h2, t2, e3, h3, t3, m), do: rmerge3_2(i, e1, h1, t1, t2, [h2 | m], e3, h3, t3)

  defp rmerge3_12_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    e3 = key(i, h3)
    if e2 <= e3, do: rmerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m]), else: rmerge3_2(i, e1, h1, t1, t2, [h2 | m], e3, h3, t3)
  end

  defp rmerge3_12_3(i, e1, h1, t1, _e2, h2, t2, [], m), do: rmerge2_2(i, e1, t1, h2, t2, m, h1)

  defp rmerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m) when e1 <= e3, do: rmerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
  defp rmerge3_21(i, _e1, h1, t1, e2, h2, t2, e3, h3, t3, m), do: rmerge3_1(i, t1, [h1 | m], e2, h2, t2, e3, h3, t3)

  defp rmerge3_21_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    e3 = key(i, h3)
    if e1 <= e3, do: rmerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m]), else: rmerge3_1(i, t1, [h1 | m], e2, h2, t2, e3, h3, t3)
  end

  defp rmerge3_21_3(i, _e1, h1, t1, e2, h2, t2, [], m), do: rmerge2_1(i, t1, e2, h2, t2, [h1 | m])

  # two lists: the first one wins ties
  defp merge2_1(i, [h1 | t1], e2, h2, t2, m) do
    e1 = key(i, h1)
    if e1 <= e2, do: merge2_1(i, t1, e2, h2, t2, [h1 | m]), else: merge2_2(i, t1, e1, h2, t2, m, h1)
  end

  defp merge2_1(_i, [], _e2, h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp merge2_2(i, t1, e1, hdm, [h2 | t2], m, h1) do
    e2 = key(i, h2)
    if e1 <= e2, do: merge2_1(i, t1, e2, h2, t2, [h1, hdm | m]), else: merge2_2(i, t1, e1, h2, t2, [hdm | m], h1)
  end

  defp merge2_2(_i, t1, _e1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])

  defp rmerge2_1(i, [h1 | t1], e2, h2, t2, m) do
    e1 = key(i, h1)
    if e1 <= e2, do: rmerge2_2(i, e1, t1, h2, t2, m, h1), else: rmerge2_1(i, t1, e2, h2, t2, [h1 | m])
  end

  defp rmerge2_1(_i, [], _e2, h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rmerge2_2(i, e1, t1, hdm, [h2 | t2], m, h1) do
    e2 = key(i, h2)
    if e1 <= e2, do: rmerge2_2(i, e1, t1, h2, t2, [hdm | m], h1), else: rmerge2_1(i, t1, e2, h2, t2, [h1, hdm | m])
  end

  defp rmerge2_2(_i, _e1, t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])
end
