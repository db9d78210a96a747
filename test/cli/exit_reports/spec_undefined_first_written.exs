defmodule A do
  @spec m(integer) :: integer
  @spec a(integer) :: integer
  @spec z(integer) :: integer
  def f(x), do: x
end
