# Regex.replace/3 replacements read \g{N} as Elixir 1.14 does: digits then "}" must follow (a name,
# a sign or a missing "}" is the MatchError of what was read; \g{} fails in List.to_integer/1), and
# \g{ at the very end is text.
r = fn repl -> try do IO.inspect(Regex.replace(~r/(?<word>\w+)/, "hi yo", repl)) rescue e -> IO.inspect(e) end end
for s <- ["<\\g{1}>", "<\\g{word}>", "<\\g{}>", "<\\g{-1}>", "<\\g{1>", "end\\g{", "\\g{01}", "\\\\g{1}", "\\1x\\0", "\\g{1}\\g{2}", "\\10"], do: r.(s)
IO.inspect(String.replace("abc", ~r/b/, "[\\g{0}]"))
