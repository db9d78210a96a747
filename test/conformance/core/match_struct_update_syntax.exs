# struct update syntax in a def's pattern: the same CompileError, showing the map inside
defmodule S do
  defstruct a: 1
  def f(%S{s | a: 1}), do: s
end
