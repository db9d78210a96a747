# Macro.to_string/1: a tuple holding elements laid out over lines (a long list, fn, case, if):
# the next element stays on the line where the multi-line one ends
l = Enum.map(1..30, &{:"atom_number_#{&1}", [], nil})
for q <- [{:{}, [], [l, 1, 2]}, {l, 1}, {1, l, 2}, {{:fn, [], [{:->, [], [[], {:__block__, [], [1, 2]}]}]}, 1}, {{:case, [], [1, [do: [{:->, [], [[1], 2]}]]]}, :x}, {:{}, [], [{:if, [], [1, [do: 2]]}, 1, {:if, [], [1, [do: 2]]}, 3]}] do
  IO.puts(Macro.to_string(q))
end
