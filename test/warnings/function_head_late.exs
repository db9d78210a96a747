defmodule Late do
  def f(1), do: :one
  def f(x)
  def f(x), do: x

  def g(a, b \\ 2)
  def g(a, b), do: a + b
  def g(a, b)

  defp h(1), do: 1
  defp h(x)
  defp h(_), do: 2
  def run, do: {f(1), g(1), h(1)}
end
IO.inspect Late.run()
