IO.puts("about to throw")
defmodule T do
  def go(n) when n > 2, do: throw({:too_big, n})
  def go(n), do: go(n + 1)
end
T.go(0)
