defmodule M do
  def f, do: :lists.revers([1])
  def g, do: :maps.gett(:a, %{})
  def h, do: :some_unknown_mod.call()
end
IO.puts("ok")
