defmodule M do
  def f, do: :lists.revers([1])
  def g, do: :maps.gett(:a, %{})
end
IO.puts("ok")
