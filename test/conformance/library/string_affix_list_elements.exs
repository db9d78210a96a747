# String.starts_with?/2, ends_with?/2 and contains?/2 given a list whose elements are not all
# binaries: starts_with?/ends_with? walk it with Enum.any?/2 (true at the first match, a
# CaseClauseError at the first non-binary before one), contains? checks for "" first, then hands the
# list to :binary.match (ArgumentError). ends_with? takes no compiled pattern.
patterns = [
  ["a", 1],
  [1, "a"],
  ["c", <<1::3>>],
  ['a'],
  [<<1::3>>],
  ["", <<1::3>>],
  [],
  [""],
  ["z", "bc"],
  :a,
  <<1::3>>
]

for f <- [:starts_with?, :ends_with?, :contains?], p <- patterns, s <- ["abc", ""] do
  try do
    IO.puts("#{f}(#{inspect(s)}, #{inspect(p)}): #{inspect(apply(String, f, [s, p]))}")
  rescue
    e ->
      lines = Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(3)
      IO.puts("#{f}(#{inspect(s)}, #{inspect(p)}): #{Enum.join(lines, " | ")}")
  end
end

for p <- [:binary.compile_pattern("c"), :binary.compile_pattern(["b", "c"])] do
  try do
    String.ends_with?("abc", p)
  rescue
    e -> IO.puts("ends_with? compiled: #{inspect(e.__struct__)}")
  end
end

String.ends_with?("abc", ["z", 'c'])
