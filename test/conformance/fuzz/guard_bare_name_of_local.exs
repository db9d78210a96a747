# The bare name of a zero-arity function the module defines, in a guard: still a local call,
# which a guard may not make (it is not called)
defmodule F do
  def y, do: 1
  def f(x) when x > y, do: x
end

IO.puts(F.f(2))
