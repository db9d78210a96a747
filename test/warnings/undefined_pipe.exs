defmodule M do
  def f(s), do: s |> String.trim() |> String.upcas()
  def g(l), do: l |> Enum.count(1, 2)
end
IO.puts("ok")
