defmodule W do
  alias String.Chars
  import List
  def f(x, y) do
    z = 1
    x
  end
  defp g(a), do: a
  def h(1), do: :a
  def h(_), do: :b
  def h(2), do: :c
  def k(n) do
    Enum.mapp([n], & &1)
  end
  @foo 3
end
a = 1
IO.puts("hi")
defmodule W do
end
