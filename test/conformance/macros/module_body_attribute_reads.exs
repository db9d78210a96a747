# An attribute read in a module body's code gives the value set so far as that code runs: inside
# a fn called later, an `if` or a `for` that also sets it, an accumulating one
defmodule X do
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @b 0
  f = fn ->
    @a 1
    @acc :x
    IO.inspect({@a, @acc, @b}, label: "in fn")
  end
  f.()
  IO.inspect({@a, @acc}, label: "after")

  if true do
    @c 1
    IO.inspect(@c, label: "if")
  end

  for i <- 1..2 do
    @d i
    @acc i
    IO.inspect({@d, @acc}, label: "for")
  end

  def d, do: @d
  def acc, do: @acc
end

IO.inspect({X.d(), X.acc()})
