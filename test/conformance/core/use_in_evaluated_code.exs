defmodule U do
 defmacro __using__(opts), do: quote(do: IO.inspect(unquote(opts), label: "using"))
end
Code.eval_string("use U, a: 1")
Code.eval_string("use Bitwise; IO.inspect(5 &&& 4)")
