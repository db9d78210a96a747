# Glob matching with * and ? implemented by recursion on binaries
defmodule Glob do
  def glob?("", ""), do: true
  def glob?("*" <> p, s), do: glob?(p, s) or (s != "" and glob?("*" <> p, rest(s)))
  def glob?("?" <> p, s) when s != "", do: glob?(p, rest(s))
  def glob?(<<c::utf8, p::binary>>, <<c::utf8, s::binary>>), do: glob?(p, s)
  def glob?(_, _), do: false
  defp rest(s), do: elem(String.next_grapheme(s), 1)
end

files = ~w(main.ex main.exs test_helper.exs README.md lib.ex a.b.c notes.txt é.ex)
for pat <- ["*.ex", "*.exs", "main.*", "?.ex", "*_*", "*.*.*", "*"] do
  IO.puts("#{String.pad_trailing(pat, 8)} #{inspect(Enum.filter(files, &Glob.glob?(pat, &1)))}")
end
