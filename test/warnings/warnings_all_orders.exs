# one module with most kinds of warning, in Elixir's order
defmodule Everything do
  alias String.Chars
  @unused 1
  def a(x) do
    x + 1
    y = 2
    x
  end
  @doc "d"
  defp p(1), do: 1
  def b(x) do
    case x do
      _ -> 1
      2 -> 2
    end
  end
  def c(1), do: 1
  def c(_), do: 1
  def d, do: Enum.partition([], & &1)
  def c(2), do: 2
  def e, do: Enum.nope()
  def f(x) do
    z = 3
    x
  end
  def g(a, b \\ 1) when a > 1, do: b
  def g(a, b), do: {a, b}
  def h({_q, _q}), do: %{a: 1, a: 2}
  def i(x) do
    "lit"
    x
  end
end
IO.puts(:ok)
