# String.pad_leading/pad_trailing with a list of strings as padding: each element is one
# grapheme, the list is walked as Elixir 1.14's build_filler/5 walks it (an element that is no
# string fails only when reached; an improper tail is build_filler's FunctionClauseError), with
# its frames and lines (beamlet refused every list: found by fuzz-diff-strings seed 60100)
show = fn e, st ->
  IO.inspect({e, Enum.map(st, fn {m, f, a, l} -> {m, f, a, l[:line]} end) |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler_0))})
end

for f <- [
      fn -> String.pad_trailing("a", 3, ["xy"]) end,
      fn -> String.pad_leading("a", 6, ["x", "yz", "é"]) end,
      fn -> String.pad_trailing("a", 6, ["x", "yz", "é"]) end,
      fn -> String.pad_leading("a", 4, [1, 2]) end,
      fn -> String.pad_leading("a", 4, [:a]) end,
      fn -> String.pad_leading("a", 4, ["a" | "b"]) end,
      fn -> String.pad_leading("a", 1, [:a]) end,
      fn -> String.pad_leading("abc", 2, []) end,
      fn -> String.pad_leading("abc", 5, []) end,
      fn -> String.pad_leading("abc", 5, ['x']) end,
      fn -> String.pad_trailing("abc", 5, [["x"], "y"]) end,
      fn -> String.pad_trailing(:abc, 5, ["x"]) end,
      fn -> String.pad_trailing("abc", -1, ["x"]) end,
      fn -> String.pad_trailing("ab", 7, ["1", "22", :x]) end,
      fn -> String.pad_trailing("ab", 3, ["1", :x]) end,
      fn -> String.pad_leading("日本", 9, ["é", "e\u0301"]) end,
      fn -> String.pad_leading("ab", 5, ["1" | :tail]) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> show.(e, __STACKTRACE__)
  end
end
