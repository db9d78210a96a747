# String.replace/3,4 with a pattern :binary refuses fails in :binary.matches (global, line 1569)
# or :binary.match (global: false, line 1571) under String.replace_guarded/4's frame, which calls
# them not last (beamlet tail-called them: the frame was missing; found by fuzz-diff seed 60000)
for f <- [
      fn -> String.replace("abc", 3..7, "ab") end,
      fn -> String.replace("abc", 3..7, "ab", global: false) end,
      fn -> String.replace("abc", [], "ab") end,
      fn -> String.replace("abc", "", "ab") end,
      fn -> String.replace("abc", :a, fn x -> x end) end,
      fn -> String.replace("abc", 1, "") end,
      fn -> String.replace("abc", [""], "x", global: false) end,
      fn -> String.replace("abc", ["b", ""], "x") end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({Exception.message(e), Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0))})
  end
end
