# Elixir 1.14's formatter measures text by String.length/1 when it decides what fits a line: a
# grapheme is one column whatever its UTF-16 units or bytes (an emoji, a flag, a ZWJ family, e
# with a combining accent, CJK). Code.format_string! and Macro.to_string at the edge of the line
# length; Inspect (plain binaries) counts bytes instead.
texts = [
  String.duplicate("🎉", 20),
  String.duplicate("e\u0301", 14),
  String.duplicate("日本語", 7),
  String.duplicate("🇯🇵🇰🇷🇫🇷", 4),
  String.duplicate("👨‍👩‍👧", 9),
  String.duplicate("ab", 10)
]

for s <- texts do
  n = String.length(s)
  src = ~s|foo(#{inspect(s)}, :abcdefghijklmnop, [1, 2, 3], bar)|
  for w <- [n + 39, n + 40, n + 41], do: IO.puts(Code.format_string!(src, line_length: w))
  q = Code.string_to_quoted!(src)
  IO.puts(Macro.to_string(quote do: def(a(x), do: unquote(q) + unquote(q))))
  IO.puts(Macro.to_string(quote do: unquote(q) |> unquote(q) |> baz()))
  IO.puts(Code.format_string!("x = [#{inspect(s)} <> #{inspect(s)}, #{inspect(s)}]", line_length: 3 * n + 20))
  IO.puts(Code.format_string!("x = [#{inspect(s)} <> #{inspect(s)}, #{inspect(s)}]", line_length: 3 * n + 19))
  IO.puts(Code.format_string!("case x do\n #{inspect(s)} when is_binary(x) -> [#{inspect(s)}, a: #{inspect(s)}]\nend", line_length: 2 * n + 40))
  IO.puts(Code.format_string!("%{key: #{inspect(s)}, other: #{inspect(s)}, more: :abcdefghijklm}", line_length: 2 * n + 40))
  IO.puts(Code.format_string!("def f(:\"#{s}\", y) when y > 10, do: y <> #{inspect(s)}", line_length: 2 * n + 35))
  IO.puts(inspect([s, s, s, :abc], width: 3 * n + 20, pretty: true))
  IO.puts(inspect(%{s => s}, width: 2 * n + 8, pretty: true))
  IO.puts("---")
end
