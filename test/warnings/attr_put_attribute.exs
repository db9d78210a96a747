defmodule M do
  Module.put_attribute(__MODULE__, :z, {1, 2})
  IO.inspect(@z)
  def f, do: @z
  Module.register_attribute(__MODULE__, :r, [])
  IO.inspect(@r)
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  IO.inspect(@acc)
  Module.put_attribute(__MODULE__, :acc, :a)
  @acc :b
  def g, do: @acc
  IO.inspect(@late)
  Module.put_attribute(__MODULE__, :late, 1)
end
IO.inspect({M.f(), M.g()})
