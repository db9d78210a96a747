# Deprecated functions called through an import (in functions, as captures, at the top level)
# warn as their remote calls do.
defmodule M do
  import Enum, only: [chunk: 2, filter_map: 3]
  import String, only: [strip: 1, lstrip: 1]
  def a, do: chunk([1, 2, 3, 4], 2)
  def b, do: filter_map([1, 2], &(&1 > 1), &(&1 * 2))
  def c, do: strip(" x ")
  def d, do: &lstrip/1
end

defmodule M2 do
  import String
  def c, do: " y " |> strip()
  def e, do: rjust("a", 3)
end

import Enum, only: [chunk: 2]
IO.inspect({M.a(), M.b(), M.c(), M.d().(" y"), M2.c(), M2.e(), chunk([1, 2, 3], 2)})
