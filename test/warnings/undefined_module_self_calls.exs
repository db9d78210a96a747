# A call through __MODULE__ to a function the module lacks is warned of as one written with the
# module's name: in a def, in a fn, in a capture, and where a macro's quote put it in its caller.
defmodule SelfCalls do
  def a, do: __MODULE__.a(1)
  def b, do: fn -> __MODULE__.missing() end
  def c, do: &__MODULE__.nope/2
  def d, do: __MODULE__.a()
  defmacro m, do: quote(do: __MODULE__.zz())
end

defmodule SelfCalls.Other do
  require SelfCalls
  def e, do: SelfCalls.m()
  def f, do: [1] |> __MODULE__.g()
  def g(x), do: x
end

IO.inspect(SelfCalls.Other.f())
