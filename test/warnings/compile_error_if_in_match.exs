# Kernel.if/2 in a pattern expands to a case, refused there
defmodule IfInMatch do
  def f(z) do
    if(z, do: 1) = z
  end
end
