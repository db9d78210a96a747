words = ~w(listen silent enlist google elgoog inlets banana tinsel act cat tac dog god odg)
groups =
  words
  |> Enum.group_by(fn w -> w |> String.graphemes() |> Enum.sort() |> Enum.join() end)
  |> Map.values()
  |> Enum.filter(&(length(&1) > 1))
  |> Enum.map(&Enum.sort/1)
  |> Enum.sort_by(&{-length(&1), hd(&1)})
Enum.each(groups, &IO.puts(Enum.join(&1, " ")))
anagram? = fn a, b -> Enum.sort(String.graphemes(a)) == Enum.sort(String.graphemes(b)) end
IO.inspect(anagram?.("dormitory", "dirtyroom"))
IO.inspect(anagram?.("hello", "world"))
palindromes = Enum.filter(~w(racecar level hello noon abc), &(&1 == String.reverse(&1)))
IO.inspect(palindromes)
