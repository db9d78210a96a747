# Code.string_to_quoted_with_comments: each comment's place, text and the line breaks around it as Elixir's tokenizer counts them
srcs = [
  "# hi\nfoo() # there\n",
  "\n\n# a\n# b\n\n\n# c\nfoo(1,\n # inside\n 2)\n\n  # trailing   \n",
  "foo() #x\n\n\n#y",
  "[\n  1, # one\n  2\n]",
  "# only",
  "",
  "a =  1 ;# semi\nb",
  "\"str\" # after string\n~S(x) # sigil\n",
  "def f do\n  # c\n  :ok\nend\n",
  "x #a\r\n#b\r\n",
]
for s <- srcs do
  IO.inspect Code.string_to_quoted_with_comments(s)
end
IO.inspect Code.string_to_quoted_with_comments("foo(", [])
IO.inspect Code.string_to_quoted_with_comments!("foo() # c", columns: true, line: 3)
IO.inspect Code.string_to_quoted_with_comments("1 # x", token_metadata: false, file: "f.ex")
IO.inspect Code.string_to_quoted_with_comments!("1 # x\n2")
try do
  Code.string_to_quoted_with_comments!("foo(")
rescue
  e -> IO.inspect(e)
end
IO.inspect Code.string_to_quoted_with_comments("# c\n:\"é\"", existing_atoms_only: true)
IO.inspect Code.string_to_quoted_with_comments("\n  # c", line: 5, column: 3)
IO.inspect Code.string_to_quoted_with_comments("  # c", line: 5, column: 3)
IO.inspect Code.string_to_quoted_with_comments("[1,\n # a\n # b\n 2] # x \\\n # y")
IO.inspect Code.string_to_quoted_with_comments("\"\"\"\n # not\n\"\"\" # yes\n")
