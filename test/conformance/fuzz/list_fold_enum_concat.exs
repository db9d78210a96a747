# List.foldl/foldr are :lists.foldl/foldr inlined into List (names -foldl/3-lists^foldl/2-0-, lines
# 249/267, any fun accepted by the guard, foldr body-recursive) and Enum.concat/2 of non-lists is
# Elixir's concat_enum (an improper list fails in its inlined foldl; a non-enumerable under the
# reducing fn's frame). Found by fuzz-diff-enum seed 881502.
f2 = fn 9, _ -> raise "x"; x, a -> x + a end
f1 = fn x -> x end
show = fn st -> st |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler_0)) |> Enum.map_join(" ", fn {m, f, a, loc} -> "#{inspect(m)}.#{f}/#{if is_list(a), do: inspect(a), else: a}@#{loc[:line]}" end) end
for {n, c} <- [
  foldl1: fn -> List.foldl([9, 1], 0, f2) end, foldl3: fn -> List.foldl([1, 2, 9, 3], 0, f2) end, foldl_imp: fn -> List.foldl([1, 2 | :x], 0, f2) end,
  foldl_f1: fn -> List.foldl([], 0, f1) end, foldl_f1b: fn -> List.foldl([1], 0, f1) end, foldl_nl: fn -> List.foldl(:x, 0, f2) end,
  foldr1: fn -> List.foldr([9, 1], 0, f2) end, foldr3: fn -> List.foldr([3, 9, 2, 1], 0, f2) end, foldr_imp: fn -> List.foldr([1, 2 | :x], 0, f2) end,
  foldr_f1: fn -> List.foldr([], 0, f1) end, foldr_f1b: fn -> List.foldr([1], 0, f1) end, foldr_nl: fn -> List.foldr(:x, 0, f2) end,
  ok: fn -> {List.foldl([1, 2, 3], [], &[&1 | &2]), List.foldr([1, 2, 3], [], &[&1 | &2])} end,
  concat: fn -> Enum.concat(1..10//3, [1 | :x]) end, concat2: fn -> Enum.concat([1 | :x], [2]) end, concat3: fn -> Enum.concat([[1], [2 | :y]]) end,
  concat4: fn -> Enum.concat([1, 2], [3 | :z]) end, concat5: fn -> Enum.concat([[1 | :a], [2]]) end, concat6: fn -> Enum.concat(%{a: 1}, [3 | :z]) end
] do
  r = try do {:ok, c.()} rescue e -> {e.__struct__, show.(__STACKTRACE__)} end
  IO.puts("#{n}: #{inspect(r)}")
end
for {a, b} <- [{1..3, [4]}, {%{b: 2, a: 1}, 1..2}, {MapSet.new([3, 1]), %{x: 1}}, {[1], Stream.map(1..2, &(&1 * 2))}, {:x, [1]}, {[1], :y}, {1..2, :z},
               {Map.new(1..40, &{&1, &1}), []}, {"s", [1]}, {[], 5..1//-2}] do
  r = try do {:ok, Enum.concat(a, b)} rescue e -> {Exception.message(e), Enum.take(__STACKTRACE__, 4) |> Enum.map(&Exception.format_stacktrace_entry/1)} end
  IO.inspect(r, limit: :infinity)
end
