# Code.eval_quoted of invalid quoted code
IO.puts("before")
try do
  Code.eval_quoted(quote(do: undefined_thing_here()))
rescue
  e in CompileError -> IO.puts("CompileError: " <> Exception.message(e))
end
Code.eval_quoted({:foo, :bar, :baz, :qux})
