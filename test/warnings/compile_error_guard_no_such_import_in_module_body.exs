defmodule M do
  x = 1
  case x do b when b > 1 and nope(b) -> 2 end
end
