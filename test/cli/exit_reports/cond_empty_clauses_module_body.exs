defmodule A do
  x = 1
  cond(do: [])
end
