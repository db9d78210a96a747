# A call in a def's head fails from the module body's frame at the def's line (no script frames
# below it), as Elixir 1.14 expands a def's head in the module body
defmodule B9 do
  def f(x) when is_integer(x), do: 1
  def f(foo(x)), do: x
end
