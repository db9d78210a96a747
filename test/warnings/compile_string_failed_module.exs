# Code.compile_string of modules, one of which fails: the warnings of the modules before it, then
# the failing one's (a definition's "expanded to" warning between the unused variables of the
# clauses before and its own clause's), and the CompileError without the caller's frames
{:module, Ok} =
  Code.compile_string("""
  defmodule Ok do
    def a(unused), do: 1
    def b, do: c
    def c, do: 2
  end
  """)
  |> hd()
  |> then(fn {m, _} -> {:module, m} end)

Code.compile_string("""
defmodule Before do
  def k(v), do: 1
end

defmodule Failing do
  def a(q), do: 1

  def g do
    z = 2
    x()
    y
  end

  def y, do: 1
  def h(w), do: 2
end

defmodule After do
  def b(r), do: 1
end
""")
