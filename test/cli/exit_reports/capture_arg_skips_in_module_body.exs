defmodule A do
  x = &(&2)
end
