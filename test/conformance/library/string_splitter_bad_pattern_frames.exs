# String.splitter/3 compiles its pattern in maybe_compile_pattern/1, as Elixir 1.14: a pattern
# :binary.compile_pattern/1 refuses fails under its frame at lib/string.ex:624 (splitter/3 at 601)
for p <- [1, [""], "", [], :a, ["a", 1]] do
  try do
    IO.inspect(String.splitter("a,b", p) |> Enum.to_list())
  rescue
    e ->
      IO.puts(Exception.message(e))
      IO.inspect(Enum.take(__STACKTRACE__, 3))
  end
end
