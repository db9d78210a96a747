# two undefined local functions: the later one a warning, the first the CompileError (exit 1)
defmodule Two do
  def a, do: foo(1)
  def b, do: foo(2)
  def c, do: foo(1, 2)
end
IO.puts("never")
