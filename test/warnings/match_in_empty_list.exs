defmodule M do
  def f(x) do
    (a in []) = x
    :ok
  end
  def h(c in []), do: :ok
  def i(x) do
    case x do
      {d in [], e} -> :ok
    end
  end
end
IO.inspect(M.f(false))
