# Code.string_to_quoted of code nested 10,000 deep: the quoted form (compared by its hash)
n = 10_000
cases = [
  parens: String.duplicate("(", n) <> "1" <> String.duplicate(")", n),
  list: String.duplicate("[", n) <> "1" <> String.duplicate("]", n),
  tuple: String.duplicate("{", n) <> "1" <> String.duplicate("}", n),
  map: String.duplicate("%{a: ", n) <> "1" <> String.duplicate("}", n),
  fn: String.duplicate("fn -> ", n) <> "1" <> String.duplicate(" end", n),
  interpolation: String.duplicate("\"\#{", n) <> "1" <> String.duplicate("}\"", n),
  charlist: String.duplicate("'\#{", n) <> "1" <> String.duplicate("}'", n),
  call: String.duplicate("f(", n) <> "1" <> String.duplicate(")", n),
  remote: String.duplicate("a.f(", n) <> "1" <> String.duplicate(")", n),
  keyword_call: String.duplicate("f(a: ", n) <> "1" <> String.duplicate(")", n),
  case: String.duplicate("case x do\n_ -> ", n) <> "1" <> String.duplicate("\nend", n),
  if: String.duplicate("if x do\n", n) <> "1" <> String.duplicate("\nend", n),
  map_update: String.duplicate("%{m | a: ", n) <> "1" <> String.duplicate("}", n),
  cons: String.duplicate("[1 | ", n) <> "[]" <> String.duplicate("]", n),
  quote: String.duplicate("quote do\n", n) <> "1" <> String.duplicate("\nend", n),
  match: String.duplicate("a = ", n) <> "1",
  pipe: "1" <> String.duplicate(" |> f()", n),
  binary_size: String.duplicate("<<x::size(", n) <> "1" <> String.duplicate(")>>", n),
  access: String.duplicate("a[", n) <> "1" <> String.duplicate("]", n),
  no_parens_calls: String.duplicate("f ", n) <> "1",
  remote_no_parens_calls: String.duplicate("a.f ", n) <> "1",
  keyword_no_parens_calls: String.duplicate("f a: ", n) <> "1",
  sigil: String.duplicate("~s\"\#{", n) <> "1" <> String.duplicate("}\"", n),
  charlist_sigil: String.duplicate("~c(\#{", n) <> "1" <> String.duplicate("})", n),
  at: String.duplicate("@", n) <> "a"
]
for {name, src} <- cases do
  {:ok, q} = Code.string_to_quoted(src)
  {:ok, qc} = Code.string_to_quoted(src, columns: true)
  IO.puts("#{name}: #{:erlang.phash2(q)} #{:erlang.phash2(qc)}")
end
