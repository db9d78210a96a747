defmodule C do
  def a, do: @vsn
  def b, do: @nope
  @later 1
  def c(x) do
    x |> d(1)
    e(x)
  end
  defp d(x, y), do: {x, y}
  defp e(x), do: f(x)
  defp f(x), do: e(x)
  defp g(x), do: h(x)
  defp h(x), do: g(x)
  def i, do: @later
end
IO.inspect C.a
