# PCRE corners through Regex: possessive/atomic groups, \A \z \Z, $ before a final newline, \h \R,
# named back references, POSIX classes, (?|...), \Q..\E, inline flags, Unicode properties, \G,
# lookbehind, empty matches in scan/split/replace, bad patterns as compile errors
pats = [
  {~S"a++b", "aaab"}, {~S"(?>a+)b", "aab"}, {~S"\Aab\z", "ab"}, {~S"ab\Z", "ab\n"}, {~S"ab$", "ab\n"},
  {~S"\h+", "a \t b"}, {~S"\R", "a\r\nb"}, {~S"(?<n>x)\k<n>", "xx"}, {~S"\bé", "café é"}, {~S"[[:punct:]]+", "a!?b"},
  {~S"(?|(a)|(b))", "b"}, {~S"a{,3}", "a{,3}"}, {~S"\Qa.b\E", "a.b"}, {~S"(?s).", "\n"}, {~S"(?m)^b", "a\nb"},
  {~S"(?x) a  b # c", "ab"}, {~S"\p{Greek}+", "αβγ abc"}, {~S"(a)?b\1", "b"}, {~S"(?=(\d{3}))", "12345"}, {~S"x*", "axb"},
  {~S"[^\d\s]", "1 a"}, {~S"\w+", "naïve"}, {~S"(*UCP)\w+", "naïve"}, {~S"\G\d", "12a3"}, {~S"(?<!a)b", "ab cb"},
  {~S"a(?#comment)b", "ab"}, {~S"(?i:A)b", "ab"}, {~S"\x{e9}", "é"}, {~S"\N", "\n"},
  {~S"(a|ab)(c|bcd)(d*)", "abcd"}, {~S"^(?:(\d+)\.)?(\d+)$", "3.14"}, {~S"\d+(?:px|em)", "10px 2em 3pt"}, {~S".", ""},
  {~S"[a-", "x"}, {~S"(?P<y>\d)", "5"}, {~S"\1(a)", "aa"}, {~S"a**", "a"}
]
for {p, s} <- pats do
  r =
    case Regex.compile(p, "u") do
      {:ok, re} -> {Regex.run(re, s), Regex.scan(re, s, return: :index), Regex.split(re, s), Regex.replace(re, s, "[\\0]")}
      {:error, e} -> {:compile_error, e}
    end
  IO.inspect({p, s, r})
end
for {p, s} <- Enum.take(pats, 12) do
  r = case Regex.compile(p) do
    {:ok, re} -> {Regex.run(re, s), Regex.scan(re, s)}
    e -> e
  end
  IO.inspect({p, r})
end
IO.inspect(Regex.run(~r/(?<a>.)(?<b>.)?/, "x", capture: :all_names))
IO.inspect(Regex.named_captures(~r/(?<a>.)(?<b>z)?/, "x"))
IO.inspect(Regex.run(~r/(a)(b)?/, "a"))
IO.inspect(Regex.run(~r/(a)(b)?(c)/, "ac"))
IO.inspect(Regex.scan(~r/(a)|(b)/, "ab"))
IO.inspect(Regex.split(~r//, "abc"))
IO.inspect(Regex.split(~r/x/, "axbxc", trim: true, parts: 2))
IO.inspect(Regex.replace(~r/a/, "aaa", "b", global: false))
IO.inspect(Regex.replace(~r/(a)/, "a", "\\\\1 \\1 \\2"))
IO.inspect(String.replace("abc", ~r/(?<x>b)/, "[\\1]"))
IO.inspect(~r/a/ |> Regex.recompile!())
IO.inspect(Regex.version() |> is_binary())
IO.inspect(~r/\//)
IO.inspect(~r{a/b})
IO.inspect(inspect(Regex.compile!("a\nb")))
IO.inspect(Regex.match?(~r/^\s*$/, ""))
IO.inspect(String.match?("ÉCOLE", ~r/école/iu))
IO.inspect(Regex.run(~r/./, "é"))
IO.inspect(Regex.run(~r/./u, "é", return: :index))
IO.inspect(Regex.run(~r/./, "é", return: :index))
