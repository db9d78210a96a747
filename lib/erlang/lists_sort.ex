defmodule :beamlet_lists_sort do
  @moduledoc false
  # :lists.sort/1 in the order OTP 25 gives terms that compare equal but differ (1 and 1.0, or
  # {1} and {1.0}): OTP's natural merge sort is not stable, and programs print its order. It
  # splits the list into ascending and descending runs (keeping one out-of-order element aside)
  # and merges them three and two at a time, alternating the direction. The VM's sort/1 BIF hands
  # lists with floats over to this module; any other list has no such pairs and is sorted natively.

  def sort([x, y | l] = l0) when x <= y do
    case l do
      [] -> l0
      [z] when y <= z -> l0
      [z] when x <= z -> [x, z, y]
      [z] -> [z, x, y]
      _ when x == y -> equal_run(y, l, [x])
      _ -> ascending(x, y, l, [], [])
    end
  end

  def sort([x, y | l]) do
    case l do
      [] -> [y, x]
      [z] when x <= z -> [y, x | l]
      [z] when y <= z -> [y, z, x]
      [z] -> [z, y, x]
      _ -> descending(x, y, l, [], [])
    end
  end

  def sort(l) when is_list(l), do: l

  defp equal_run(x, [y | l], r) when x == y, do: equal_run(y, l, [x | r])
  defp equal_run(x, [y | l], r) when x < y, do: ascending(x, y, l, r, [])
  defp equal_run(x, [y | l], r), do: descending(x, y, l, r, [])
  defp equal_run(x, [], r), do: :lists.reverse(r, [x])

  # an ascending run ending x <= y, r the rest of it reversed, rs the runs so far
  defp ascending(x, y, [z | l], r, rs) when z >= y, do: ascending(y, z, l, [x | r], rs)
  defp ascending(x, y, [z | l], r, rs) when z >= x, do: ascending(z, y, l, [x | r], rs)
  defp ascending(x, y, [z | l], [], rs), do: ascending(x, y, l, [z], rs)
  defp ascending(x, y, [z | l], r, rs), do: ascending_aside(x, y, l, r, rs, z)
  defp ascending(x, y, [], r, rs), do: rmergel([[y, x | r] | rs], [])

  # the same, with one out-of-order element s set aside
  defp ascending_aside(x, y, [z | l], r, rs, s) when z >= y, do: ascending_aside(y, z, l, [x | r], rs, s)
  defp ascending_aside(x, y, [z | l], r, rs, s) when z >= x, do: ascending_aside(z, y, l, [x | r], rs, s)
  defp ascending_aside(x, y, [z | l], r, rs, s) when s <= z, do: ascending(s, z, l, [], [[y, x | r] | rs])
  defp ascending_aside(x, y, [z | l], r, rs, s), do: ascending(z, s, l, [], [[y, x | r] | rs])
  defp ascending_aside(x, y, [], r, rs, s), do: rmergel([[s], [y, x | r] | rs], [])

  defp descending(x, y, [z | l], r, rs) when z <= y, do: descending(y, z, l, [x | r], rs)
  defp descending(x, y, [z | l], r, rs) when z <= x, do: descending(z, y, l, [x | r], rs)
  defp descending(x, y, [z | l], [], rs), do: descending(x, y, l, [z], rs)
  defp descending(x, y, [z | l], r, rs), do: descending_aside(x, y, l, r, rs, z)
  defp descending(x, y, [], r, rs), do: mergel([[y, x | r] | rs], [])

  defp descending_aside(x, y, [z | l], r, rs, s) when z <= y, do: descending_aside(y, z, l, [x | r], rs, s)
  defp descending_aside(x, y, [z | l], r, rs, s) when z <= x, do: descending_aside(z, y, l, [x | r], rs, s)
  defp descending_aside(x, y, [z | l], r, rs, s) when s > z, do: descending(s, z, l, [], [[y, x | r] | rs])
  defp descending_aside(x, y, [z | l], r, rs, s), do: descending(z, s, l, [], [[y, x | r] | rs])
  defp descending_aside(x, y, [], r, rs, s), do: mergel([[s], [y, x | r] | rs], [])

  # merging ascending runs into descending ones (mergel) and back (rmergel), three at a time
  defp mergel([[] | l], acc), do: mergel(l, acc)
  defp mergel([t1, [h2 | t2], [h3 | t3] | l], acc), do: mergel(l, [merge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp mergel([t1, [h2 | t2]], acc), do: rmergel([merge2_1(t1, h2, t2, []) | acc], [])
  defp mergel([l], []), do: l
  defp mergel([l], acc), do: rmergel([:lists.reverse(l, []) | acc], [])
  defp mergel([], []), do: []
  defp mergel([], acc), do: rmergel(acc, [])
  defp mergel([a, [] | l], acc), do: mergel([a | l], acc)
  defp mergel([a, b, [] | l], acc), do: mergel([a, b | l], acc)

  defp rmergel([[h3 | t3], [h2 | t2], t1 | l], acc), do: rmergel(l, [rmerge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp rmergel([[h2 | t2], t1], acc), do: mergel([rmerge2_1(t1, h2, t2, []) | acc], [])
  defp rmergel([l], acc), do: mergel([:lists.reverse(l, []) | acc], [])
  defp rmergel([], acc), do: mergel(acc, [])

  defp merge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([h1 | t1], m, h2, t2, h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: merge2_1(t2, h3, t3, [h2 | m])
  defp merge3_1([], m, h2, t2, h3, t3), do: merge2_2(t2, h3, t3, m, h2)

  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: merge2_1(t1, h3, t3, [h1 | m])
  defp merge3_2(t1, h1, m, [], h3, t3), do: merge2_2(t1, h3, t3, m, h1)

  defp merge3_12(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12(t1, h1, h2, t2, h3, t3, m), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_12_3(t1, h1, h2, t2, m, []), do: merge2_1(t1, h2, t2, [h1 | m])

  defp merge3_21(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21(t1, h1, h2, t2, h3, t3, m), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_21_3(t1, h1, h2, t2, m, []), do: merge2_2(t1, h2, t2, m, h1)

  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: rmerge2_2(t2, h3, t3, m, h2)
  defp rmerge3_1([], m, h2, t2, h3, t3), do: rmerge2_1(t2, h3, t3, [h2 | m])

  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: rmerge2_2(t1, h3, t3, m, h1)
  defp rmerge3_2(t1, h1, m, [], h3, t3), do: rmerge2_1(t1, h3, t3, [h1 | m])

  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)

  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, []), do: rmerge2_2(t1, h2, t2, m, h1)

  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)

  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, []), do: rmerge2_1(t1, h2, t2, [h1 | m])

  defp merge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1 | m])
  defp merge2_1([h1 | t1], h2, t2, m), do: merge2_2(t1, h2, t2, m, h1)
  defp merge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp merge2_2(t1, hdm, [h2 | t2], m, h1) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1, hdm | m])
  defp merge2_2(t1, hdm, [h2 | t2], m, h1), do: merge2_2(t1, h2, t2, [hdm | m], h1)
  defp merge2_2(t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])

  defp rmerge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: rmerge2_2(t1, h2, t2, m, h1)
  defp rmerge2_1([h1 | t1], h2, t2, m), do: rmerge2_1(t1, h2, t2, [h1 | m])
  defp rmerge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rmerge2_2(t1, hdm, [h2 | t2], m, h1) when h1 <= h2, do: rmerge2_2(t1, h2, t2, [hdm | m], h1)
  defp rmerge2_2(t1, hdm, [h2 | t2], m, h1), do: rmerge2_1(t1, h2, t2, [h1, hdm | m])
  defp rmerge2_2(t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])
end
