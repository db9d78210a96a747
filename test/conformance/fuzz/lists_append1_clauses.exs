# :lists.append/1 has OTP 25's clauses: a non-list (or an improper tail) is a FunctionClauseError
# in :lists.append/1 at its head's line, a bad element an :erlang.++ failure under lists:append/1's
# frames, one per level of the body recursion (beamlet's BIF raised a bare ArgumentError; found by
# fuzz-diff-enum seed 971026)
show = fn e, st ->
  IO.inspect({e, Enum.map(st, fn {m, f, a, l} -> {m, f, if(is_list(a), do: a, else: a), l[:line]} end) |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler_0))})
end

for f <- [
      fn -> :lists.append(10) end,
      fn -> :lists.append(:a) end,
      fn -> :lists.append([]) end,
      fn -> :lists.append([5]) end,
      fn -> :lists.append([[1], 2]) end,
      fn -> :lists.append([1, 2]) end,
      fn -> :lists.append([[1] | 2]) end,
      fn -> :lists.append([[1], [2] | 3]) end,
      fn -> :lists.append([[1], [2], [3], :x, [4]]) end,
      fn -> :lists.append([[1 | 2], [3]]) end,
      fn -> :lists.append([[1, 2], [], [3], 'ab']) end,
      fn -> length(:lists.append(for i <- 1..20000, do: [i, i])) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> show.(e, __STACKTRACE__)
  end
end
