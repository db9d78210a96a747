defmodule A.B do
  def x, do: 1
end
defmodule A.C do
  def y, do: 2
end
defmodule M do
  alias A.{B, C}
  def f, do: B.x()
end
IO.inspect(M.f())
