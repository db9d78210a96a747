# Map.new/1,2 and Enum.to_list/1 failing as Elixir 1.14's (found by scripts/fuzz-diff.mjs seed
# 9701): Map.new/1 of a struct or other enumerable fails in new_from_enum/1 (to_list at 228,
# :maps.from_list at 229), Map.new/2 in new_from_enum/2 (Enum.map/2 at 263 with its frames,
# :maps.from_list at 264, a bad transform its FunctionClauseError at 261) or, for a map,
# new_from_map/2 (252) over the body-recursive do_map/2 (258); Enum.to_list/1 of a
# non-enumerable shows Enum.reverse/1 (4307) under it (3646). beamlet showed its own helpers
# (Map.__new_from_enum__/1, Map.new_transformed/2) and lines.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      for {m, f, a, loc} <- __STACKTRACE__, m not in [:elixir_compiler_0, :elixir_compiler, :elixir_lexical, Module.ParallelChecker, Code],
          do: IO.inspect({m, to_string(f), if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end

show.("new range", fn -> Map.new(4..6) end)
show.("new mapset", fn -> Map.new(MapSet.new([1])) end)
show.("new atom", fn -> Map.new(:a) end)
show.("new good range", fn -> Map.new(MapSet.new([{1, 2}])) end)
show.("new2 range", fn -> Map.new(1..3, fn _ -> :a end) end)
show.("new2 range raise", fn -> Map.new(1..3, fn 2 -> raise "x"; x -> {x, x} end) end)
show.("new2 list", fn -> Map.new([1, 2], fn _ -> :a end) end)
show.("new2 list raise", fn -> Map.new([1, 2], fn 2 -> raise "x"; x -> {x, x} end) end)
show.("new2 map", fn -> Map.new(%{a: 1}, fn _ -> :a end) end)
show.("new2 map raise", fn -> Map.new(%{a: 1, b: 2}, fn {:b, _} -> raise "x"; x -> x end) end)
show.("new2 map good", fn -> Map.new(%{a: 1, b: 2}, fn {k, v} -> {v, k} end) end)
show.("new2 mapset", fn -> Map.new(MapSet.new([1]), fn _ -> :a end) end)
show.("new2 atom", fn -> Map.new(:a, fn _ -> :a end) end)
show.("new2 bad fun", fn -> Map.new([1], :a) end)
show.("to_list atom", fn -> Enum.to_list(:a) end)
show.("to_list range", fn -> Enum.to_list(1..3) end)
show.("to_list mapset", fn -> Enum.to_list(MapSet.new([2, 1])) end)
