# The body that defines a module cannot build its struct, even after its defstruct.
defmodule S do
  defstruct [:a]
  IO.inspect(%S{a: 1})
end
