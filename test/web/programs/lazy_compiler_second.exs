# The second program compiles: the page fetches the compiler for it.
defmodule Second do
  def hello, do: "compiled in the page"
end

IO.puts(Second.hello())
