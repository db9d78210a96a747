# A parse stopping before a reserved word explains it, for all of Elixir 1.14's list: end (a
# do-block closing after `x =`), not, fn, true, false, nil as well as after/catch/when/and/or,
# else/rescue/in; the Erlang keywords among them are quoted in string_to_quoted's error, and
# true/false/nil are named whole
srcs = [
  "def f do\n  x =\nend",
  "foo 1 true",
  "foo 1 false",
  "foo 1 nil",
  "[1 fn -> 1 end]",
  "foo 1 not",
  "foo 1 :bar",
  "foo 1 when",
  "foo 1 else"
]

for s <- srcs do
  IO.inspect(Code.string_to_quoted(s))

  try do
    Code.string_to_quoted!(s)
  rescue
    e -> IO.puts(Exception.format(:error, e, []))
  end
end
