# ^^^ and <|> are deprecated by Elixir's tokenizer: warned of as the file is read, before the
# expansion's own warnings (the deprecated calls, an unused variable), in the file's order, but
# not in a capture (&^^^/2)
import Bitwise
unused = String.strip(" a ")
IO.inspect(1 ^^^ 3)
f = &^^^/2
IO.inspect(f.(1, 2))

defmodule Pipes do
  def a <|> b, do: {a, b}
  def x, do: Enum.chunk([1, 2, 3], 2) <|> 2
end

IO.inspect(Pipes.x())
Code.eval_string("import Bitwise\nIO.inspect(5 ^^^ 1)")

try do
  Code.eval_string("IO.inspect(5 ^^^ 1)")
rescue
  e -> IO.puts(Exception.message(e))
end
