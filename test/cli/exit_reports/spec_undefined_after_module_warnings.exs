defmodule A do
  @spec h(integer) :: integer
  @spec f(integer, integer) :: integer
  def f(x) do
    y = 1
    x
  end
end
IO.puts(A.f(1))
