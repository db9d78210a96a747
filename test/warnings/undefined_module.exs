defmodule M do
  def f, do: Missing.call(1)
  def g, do: Other.Thing.go()
end
IO.puts("ok")
