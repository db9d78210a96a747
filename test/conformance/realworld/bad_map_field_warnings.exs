defmodule M do
  @spec f(integer) :: integer
  def f(x) when is_integer(x), do: x
  def f(x), do: x

  def g(a, a), do: a
  def h(_unused, used), do: used
  def k do
    case 1 do
      1 -> :one
      1 -> :again
    end
  end
end
IO.inspect(M.f("s"))
%{a: 1}.b
