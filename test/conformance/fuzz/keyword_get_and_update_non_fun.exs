# Keyword.get_and_update/3 and get_and_update!/3 take any term as the fun (no guard in Elixir 1.14):
# calling it is the BadFunctionError or BadArityError, from get_and_update/4 (lines 473, 488) and
# get_and_update!/4 (537), and get_and_update!/3 of a missing key raises KeyError (554) before any
# call (beamlet refused a non-fun with a FunctionClauseError; found by fuzz-diff-strings seed 60103)
for f <- [
      fn -> Keyword.get_and_update([a: 1, a: 3, b: 2], :x, 9) end,
      fn -> Keyword.get_and_update([a: 1], :a, 9) end,
      fn -> Keyword.get_and_update([a: 1], :a, fn -> 1 end) end,
      fn -> Keyword.get_and_update!([a: 1], :a, 9) end,
      fn -> Keyword.get_and_update!([a: 1], :b, 9) end,
      fn -> Keyword.get_and_update!([b: 2, a: 1], :a, fn x -> {x, 0} end) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e.__struct__, Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0))})
  end
end
