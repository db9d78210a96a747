# Code.eval_quoted with macros, aliases and errors inside the evaluated code
defmodule Adder do
  defmacro add(a, b), do: quote(do: unquote(a) + unquote(b))
end

ast = quote do
  require Adder
  Adder.add(40, 2)
end

IO.inspect(Code.eval_quoted(ast))

try do
  Code.eval_quoted(quote(do: raise("inside eval")))
rescue
  e -> IO.inspect(e)
end

{value, binding} = Code.eval_quoted(Code.string_to_quoted!("a = 1; b = a + 1; {a, b}"))
IO.inspect({value, binding})
IO.inspect(Code.eval_quoted(quote(do: Enum.sum(unquote([1, 2, 3])))))
