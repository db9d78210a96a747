# Frames a failure inside a library call leaves, as Elixir 1.14 gives them (module, function,
# arity or arguments, file, line), down to the caller
cases = [
  fn -> List.delete_at([1, 2 | 3], 5) end,
  fn -> List.delete_at(:a, 1) end,
  fn -> List.delete_at([1, 2 | 3], -1) end,
  fn -> List.pop_at([1, 2 | 3], 5) end,
  fn -> List.pop_at(:a, -1, 0) end,
  fn -> List.delete_at([1, 2], :x) end,
  fn -> Map.new([1]) end,
  fn -> Map.new([{1, 2} | 3]) end,
  fn -> List.to_string([2 | 3]) end,
  fn -> List.to_string([-1]) end,
  fn -> List.to_string([<<0xC3>>]) end,
  fn -> List.to_string(:a) end,
  fn -> to_string([2 | 3]) end,
  fn -> "#{[1 | 2]}" end,
  fn -> Enum.join([1, [2 | 3]]) end,
  fn -> Enum.join(["a", [-1]], ",") end,
  fn -> Enum.intersperse(:a, 1) end,
  fn -> Enum.intersperse([1 | 2], 0) end,
  fn -> Enum.intersperse([1, 2, 3 | 4], 0) end
]

for c <- cases do
  try do
    c.()
  catch
    kind, reason ->
      frames =
        for {m, f, a, loc} <- __STACKTRACE__, m not in [:erl_eval, :elixir_compiler_0, :elixir_compiler, :elixir_lexical, Module.ParallelChecker],
            do: {m, f, a, loc[:file], loc[:line]}

      IO.inspect({kind, reason, frames}, limit: 5, printable_limit: 30)
  end
end

IO.inspect({List.pop_at([1, 2, 3], -2, 0), List.pop_at([1, 2, 3], -5, 0), List.delete_at([1, 2, 3], 2), List.pop_at([1, 2, 3], 1)})
IO.inspect({List.delete_at([1, 2, 3], 3), List.delete_at([], 0), List.pop_at([1], 0, :d), Map.new([{1, 2}, {1, 3}])})
IO.inspect({Enum.intersperse([], 0), Enum.intersperse([1], 0), Enum.intersperse([1, 2, 3], 0), Enum.intersperse(1..4, 0)})
IO.inspect({Enum.intersperse(%{a: 1, b: 2}, 0), Enum.intersperse(MapSet.new([3, 1]), 0), Enum.intersperse(Stream.map([1, 2], &(&1 * 2)), 0)})
