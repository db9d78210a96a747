# `when` inside a def's argument list is no guard: a call of when/2 in a pattern
defmodule F do
  def f(x when false), do: x
end

IO.puts(F.f(1))
