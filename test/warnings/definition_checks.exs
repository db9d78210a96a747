# what Elixir finds as it stores each clause: after the clause's own warnings
defmodule Defs do
  def c(1), do: 1
  def g, do: 2
  def c(y) do
    z = 1
    @nope
  end
  @doc "private"
  defp p(q) do
    w = 1
  end
  @doc false
  defp r, do: 1
  def k(a, b \\ 1) when a > 1, do: b
  def k(a, b) do
    u = 1
    {a, b}
  end
  def m, do: p(1) && r()
  def h(a, b \\ 2)
  def h(a, b) when a > 0, do: a + b
  def h(a, b), do: a - b
  def c(3), do: 3
  def c(4), do: 4
end
IO.puts(Defs.c(1))
