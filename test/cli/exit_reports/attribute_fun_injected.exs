defmodule M do
  @f fn x -> x * 2 end
  IO.inspect(Module.get_attribute(__MODULE__, :f).(21))
  IO.inspect(@f.(4))
  @t {1, [a: fn -> :x end]}
  {_, [a: g]} = @t
  IO.inspect(g.())
  Module.put_attribute(__MODULE__, :p, fn y -> y + 1 end)
  IO.inspect(@p.(2))
  def ok, do: :ok
  def g(x), do: {x, @t}
end
IO.inspect(M.ok())
