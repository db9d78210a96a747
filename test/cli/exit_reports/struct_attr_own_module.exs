defmodule S do
  defstruct [:a, b: 2]
end
defmodule A do
  @x %S{a: 1}
  @y [%S{a: @x}, %{k: %S{}}]
  @z %S{@x | a: 5}
  defstruct [:q]
  @me %__MODULE__{q: 1}
  def f, do: {@x, @y, @z, @me}
end
IO.inspect A.f()
