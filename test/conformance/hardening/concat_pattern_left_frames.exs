# A `<>` pattern operand before the last that is no literal binary: Kernel.<> raises as it expands
# the chain, with one extract_concatenations frame for the first operand and two (the levels
# above recorded once) for any later one, also after a literal prefix ("a" <> rest <> "b")
patterns = [
  ~s(rest <> "b" = "ab"),
  ~s(rest <> "a" <> "b" = "ab"),
  ~s("a" <> rest <> "b" = "ab"),
  ~s("a" <> "b" <> "c" <> rest <> "b" = "ab"),
  ~s("a" <> rest <> "c" <> "b" = "ab"),
  ~s(case "ab" do\n  "a" <> x <> "b" -> x\nend)
]

for code <- patterns do
  try do
    Code.eval_string(code)
  rescue
    e ->
      IO.puts(Exception.message(e))
      for {Kernel, f, a, loc} <- __STACKTRACE__, do: IO.inspect({f, a, loc[:line]})
  end
end
