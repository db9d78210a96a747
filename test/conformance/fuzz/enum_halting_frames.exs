# Enum's halting functions (all?/any?/find/find_value/find_index) and member?/count fail with
# Elixir 1.14's frames: their list helpers' clauses (an improper tail: the def line, 4109 ...),
# the fn of the protocol reduce and the function at their lines (find_index/2 1176/1177 ...),
# member?/count of an improper list in :lists.member/length at 1956/686.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      for {m, f, a, loc} <- __STACKTRACE__, match?('lib/' ++ _, loc[:file]),
          do: IO.inspect({m, Regex.replace(~r/-(fun|anonymous)-\d+-/, to_string(f), "-fun-"), if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end
for {n, e} <- [improper: [1 | 2], list: [1, 2], range: 1..3, map: %{a: 1}, atom: :a] do
  show.("all? #{n}", fn -> Enum.all?(e, fn 1 -> 1 end) end)
  show.("any? #{n}", fn -> Enum.any?(e, fn 1 -> nil end) end)
  show.("find #{n}", fn -> Enum.find(e, fn 1 -> nil end) end)
  show.("find_value #{n}", fn -> Enum.find_value(e, fn 1 -> nil end) end)
  show.("find_index #{n}", fn -> Enum.find_index(e, fn 1 -> nil end) end)
  show.("member? #{n}", fn -> Enum.member?(e, 3) end)
  show.("count #{n}", fn -> Enum.count(e) end)
end
show.("count tuple", fn -> Enum.count({1}) end)
show.("member? string", fn -> "a" in "abc" end)
