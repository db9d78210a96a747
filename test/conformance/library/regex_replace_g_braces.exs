# Regex.replace's replacement strings: \N, \g{N}, \\ and text, and the errors of a \g{ without
# digits and a closing brace (Elixir reads the replacement a piece at a time, non-tail)
defmodule T do
  def run(re, subject, repl, opts \\ []) do
    IO.inspect(Regex.replace(re, subject, repl, opts))
  rescue
    e ->
      IO.inspect(e)
      for {Regex, f, a, loc} <- __STACKTRACE__, do: IO.puts("  Regex.#{f}/#{a} #{loc[:line]}")
  end
end

re = ~r/(?<x>b)(c)/
for repl <- ["[\\g{1}]", "\\g{2}-\\g{1}-\\2", "\\\\\\g{1}", "\\g{12}", "\\0\\1\\2\\3", "a\\\\b", "\\g{",
             "[\\g{name}]", "\\g{2}-\\g{x}-\\2", "\\2\\g{12x}", "\\g{}", "x\\\\\\\\\\g{x}", "ab\\g{1", "\\g{01}", "\\10"] do
  T.run(re, "abcabc", repl)
  T.run(re, "abcabc", repl, global: false)
  T.run(re, "zzz", repl)
end
T.run(~r/b/, "abc", &String.upcase/1)
T.run(~r/(b)/, "abcb", fn a, b -> "<#{a}|#{b}>" end)
