# Every sort and merge of :lists, Enum and List leaves terms that compare equal but differ (0 and
# 0.0 and -0.0, 1 and 1.0, {1} and {1.0}) in the order OTP 25 gives them. Random lists from a
# seeded generator (the same arithmetic on both runtimes): a differential test against OTP.
defmodule Gen do
  # a linear congruential generator: {value in 0..n-1, next state}
  def next(state, n) do
    state = rem(state * 1_103_515_245 + 12_345, 2_147_483_648)
    {div(state * n, 2_147_483_648), state}
  end

  def term(s) do
    {v, s} = next(s, 3)
    {kind, s} = next(s, 8)

    term =
      case kind do
        0 -> v
        1 -> v * 1.0
        2 -> if v == 0, do: -0.0, else: -v
        3 -> {v}
        4 -> {v * 1.0}
        5 -> :a
        6 -> v - 1
        7 -> (v - 1) * 1.0
      end

    {term, s}
  end

  def list(s, len), do: Enum.map_reduce(1..len//1, s, fn _, s -> term(s) end)

  # tuples {key, other, position}: the position tells which element came out where
  def tuples(s, len) do
    {l, s} = list(s, 2 * len)
    {pairs(l, 1), s}
  end

  defp pairs([a, b | t], k), do: [{a, b, k} | pairs(t, k + 1)]
  defp pairs(_, _), do: []
end

defmodule Show do
  def line(name, result), do: IO.puts(name <> " " <> inspect(result, limit: :infinity, width: :infinity))
end

seed = 20_261_203
IO.puts("seed #{seed}")

Enum.reduce(1..60, seed, fn i, s ->
  {len, s} = Gen.next(s, if(i < 30, do: 9, else: 30))
  {l, s} = Gen.list(s, len)
  {l2, s} = Gen.list(s, div(len, 2) + 1)
  {t, s} = Gen.tuples(s, len)
  {t2, s} = Gen.tuples(s, div(len, 2) + 1)
  IO.puts("list #{i}")
  Show.line("in", l)
  Show.line("sort/1", :lists.sort(l))
  Show.line("sort/2 =<", :lists.sort(&<=/2, l))
  Show.line("sort/2 >=", :lists.sort(&>=/2, l))
  Show.line("sort/2 <", :lists.sort(&</2, l))
  Show.line("usort/1", :lists.usort(l))
  Show.line("usort/2 =<", :lists.usort(&<=/2, l))
  Show.line("usort/2 >", :lists.usort(&>/2, l))
  {a, b} = {:lists.sort(l), :lists.sort(l2)}
  Show.line("merge/2", :lists.merge(a, b))
  Show.line("merge/2 unsorted", :lists.merge(l, l2))
  Show.line("merge/1", :lists.merge([a, b, a]))
  Show.line("merge3/3", :lists.merge3(b, a, b))
  Show.line("merge/3", :lists.merge(&<=/2, a, b))
  Show.line("umerge/2", :lists.umerge(:lists.usort(l), :lists.usort(l2)))
  Show.line("Enum.sort/1", Enum.sort(l))
  Show.line("Enum.sort :asc", Enum.sort(l, :asc))
  Show.line("Enum.sort :desc", Enum.sort(l, :desc))
  Show.line("Enum.sort <=", Enum.sort(l, &<=/2))
  Show.line("Enum.sort >=", Enum.sort(l, &>=/2))
  Show.line("Enum.sort >", Enum.sort(l, &>/2))
  Show.line("Enum.sort_by", Enum.sort_by(l, &{is_number(&1), &1}))
  Show.line("Enum.sort_by :desc", Enum.sort_by(l, &{is_number(&1), &1}, :desc))
  Show.line("Enum.sort_by >=", Enum.sort_by(l, & &1, &>=/2))
  Show.line("Enum.uniq", Enum.uniq(l))
  Show.line("keysort/2 1", :lists.keysort(1, t))
  Show.line("keysort/2 2", :lists.keysort(2, t))
  Show.line("ukeysort/2", :lists.ukeysort(1, t))
  {ka, kb} = {:lists.keysort(1, t), :lists.keysort(1, t2)}
  Show.line("keymerge/3", :lists.keymerge(1, ka, kb))
  Show.line("ukeymerge/3", :lists.ukeymerge(1, :lists.ukeysort(1, t), :lists.ukeysort(1, t2)))
  Show.line("List.keysort", List.keysort(t, 0))
  Show.line("List.keysort :desc", List.keysort(t, 0, :desc))
  Show.line("List.keysort >=", List.keysort(t, 1, &>=/2))
  s
end)
