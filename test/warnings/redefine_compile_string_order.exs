defmodule A do
  def x, do: 1
end
defmodule A do
  def x(n), do: 1
  def y(n), do: 1
end
Code.compile_string("""
defmodule B do
  def x(n), do: 1
end
defmodule A do
  def x(n), do: 1
  defmodule Inner, do: def(z(q), do: 1)
end
defmodule B do
  def x(n), do: 2
end
""")
Code.compile_string("""
defmodule A.Inner do
  def x(n), do: 1
end
""")
