# Code.string_to_quoted/1 on bad escapes, character literals and interpolated code, as Elixir 1.14
# reports them: a bad \x or \u escape is found once the text is read and reported at the text's
# start ({message <> ". Syntax error after: ", "\\x"}); `?\c` is c with its escape (no \x or \u in
# characters); interpolated code is code (a `\` there is an unexpected token) and an unclosed
# `#{` is a missing interpolation terminator at its `#`; tokens in "syntax error before" are
# named as Erlang's parser names them ('Foo', $c, '\\\\').
cases = [
  ~S|"ab\x"|, ~S|"ab\xg"|, ~S|"a\x{}"|, ~S|"a\x{110000}"|, ~S|"a\u12"|, ~S|"a\u{}"|,
  ~S|"a\u{ZZ}"|, ~S|"a\uD800"|, ~S|"a\ud800"|, ~S|"a\u{00d800}"|, ~S|"a\u{D800}"|,
  ~S|"\u{1234567}"|, ~S|"a\u{10FFFF}b"|, ~S|"a\x41\u00e9\u{1F600}"|, "\"a\nb\\x\"", ~S|'a\x'|,
  ~S|:"a\x"|, "\"\"\"\nab\\x\n\"\"\"", "\"\"\"\n  ok\n  a\\x\n  \"\"\"", "'''\nab\\x\n'''",
  "[1,\n  \"a\\x\"]", ~S|x = "a#{1}b\x"|, ~S|"a\x": 1|, ~S|"a#{"b\x"}"|, ~S|"#{"\x"|,
  ~S|"a\x#{|, ~S|"a#{1|, ~S|"a#{1}|, ~S|~s[a#{1|, ~S|'a#{|, ~S|:"a#{1|, ~S|"a#{"b#{1}"|,
  ~S|"#{\"a\"}"|, ~S|"#{a \"a\"}"|, ~S|"#{1 + \"}"|, ~S|"#{\\}"|, ~S|"#{x \\ 1}"|,
  ~S|"#{?\\}"|, "\"\#{1 \\\n + 2}\"", ~S|a."b#{1}"|, ~S|a.'b'|, ~S|a."b"()|,
  ~S|?\\|, ~S|x = ?\\|, "?\\\n", ~S|[?\\|, ~S|?|, ~S|?a?\\|, ~S|?a?b|, ~S|?a ?\n|, ~S|?a ?\s|,
  ~S|?a ?é|, ~S|?a ?"|, ~S|?a ?\0|, ~S|?a ?\d|, ~S|?\a|, ~S|?\"|, ~S|?\#|, ~S|?\{|, ~S|?\é|,
  ~S|?\x41|, ~S|?\x{41}|, ~S|?\u{D800}|, ~S|1 Foo|, ~S|1 Foo.Bar|, ~S|\\|, ~S|x \\|
]

for s <- cases do
  IO.inspect(s)
  IO.inspect(Code.string_to_quoted(s))

  try do
    Code.string_to_quoted!(s)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
