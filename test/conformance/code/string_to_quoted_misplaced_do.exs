# a `do` right after a comma (also across a line break), a `;` or `fn` is refused by Elixir's
# tokenizer as soon as it is read: "unexpected reserved word: do" with its explanation, split
# {prefix, suffix} around the token in the error tuple and shown without a snippet; after
# `when`/`and` or a keyword it stays the parser's "syntax error before: do"
sources = [
  "foo(1, do 1 end)",
  "[1, do 2 end]",
  "[1,\n do 1 end]",
  "{1, do}",
  "<<1, do>>",
  "x; do",
  "fn do end",
  "foo(1, do 1 end",
  "x when do 1 end",
  "a and do",
  "%{a: do 1 end}",
  "foo(1, do: 2, do: 3)",
  "if x, else do 1 end",
]

for s <- sources do
  IO.inspect(Code.string_to_quoted(s))

  try do
    Code.string_to_quoted!(s, file: "x.ex", line: 3, column: 4) |> IO.inspect()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

Code.eval_string("IO.puts(:before)\nfoo(1, do 1 end)")
