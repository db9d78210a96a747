defmodule M do
  x :: y
end
