# Source names longer than an atom may be (255 characters) are Elixir's tokenizer error "atom
# length must be less than system limit: ": variables, calls, remote calls, aliases, keywords,
# atoms, quoted atoms and quoted calls; 255 characters are fine, interpolated atoms are left to
# run time, and characters are counted, not bytes
a = String.duplicate("a", 256)

cases = [
  variable: a,
  remote_call: "x." <> a,
  call: a <> "()",
  alias: "A" <> a,
  keyword: "[" <> a <> ": 1]",
  atom: ":" <> a,
  quoted_atom: ":\"" <> a <> "\"",
  escaped_quoted_atom: ":\"" <> String.duplicate("\\x61", 256) <> "\"",
  quoted_call: "x.\"" <> a <> "\"()",
  second_line: "x = 1\ny = :" <> a,
  accented: String.duplicate("é", 256),
  accented_255: String.duplicate("é", 255),
  variable_255: String.duplicate("a", 255),
  atom_255: ":" <> String.duplicate("a", 255),
  interpolated_atom: ":\"\#{x}" <> a <> "\""
]

for {name, code} <- cases do
  IO.puts("#{name}: #{inspect(Code.string_to_quoted(code), limit: 8, printable_limit: 40)}")
end

try do
  Code.eval_string("x = 1\n" <> a <> " = 2")
rescue
  e -> IO.puts(Exception.message(e) |> String.slice(0, 120))
end
