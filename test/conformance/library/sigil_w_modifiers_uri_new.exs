# ~w/~W accept no modifier or one of s, a, c; any other (or more than one) is refused as Kernel's
# sigil expands, in expressions and patterns, interpolated or not; URI.new!/1 raises at uri.ex:637
for code <- ["~w(a b)z", "~W(a b)z", "~w(a b)sa", "x = 1; ~w(a\#{x} b)z", "case [\"a\"] do\n ~w(a)z -> 1\nend", "~w(a b)c", "~W(a b)a", "~w(a b)s"] do
  try do
    IO.inspect(Code.eval_string(code) |> elem(0))
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
  end
end

try do
  URI.new!("a b")
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
end
