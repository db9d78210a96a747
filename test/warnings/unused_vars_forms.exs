defmodule V do
  def a(zed, alpha) do
    mid = 2
    beta = 1
    :ok
  end
  def b(x) do
    case x do
      {:ok, val} -> :ok
      other -> fn y -> 1 end
    end
  end
  def c(x) do
    x = 1
    x = 2
    x
  end
  def d do
    for i <- [1], j <- [2], do: i
  end
  def e(p) do
    with {:ok, q} <- p, r = 1 do
      :ok
    end
  end
  def f(m) do
    try do
      m
    rescue
      err in RuntimeError -> :r
    catch
      kind, reason -> :c
    end
  end
  def g(_x, _), do: _x
  def h(%{key: v}), do: 1
  def i(<<a::8, rest::binary>>), do: a
end
x = 5
fn w -> 1 end
