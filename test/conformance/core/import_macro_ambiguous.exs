# two modules importing the same macro name/arity leave it ambiguous: a call is a CompileError naming
# both, the newest first (Elixir 1.14)
defmodule A do
  defmacro m(x), do: x
  def f(x), do: x
end
defmodule B do
  defmacro m(x), do: x
  def f(x), do: x
end
defmodule C do
  import A
  import B
  def run, do: m(1)
end
IO.puts C.run()
