# Kernel.in/2 with a right side that is no literal list or range, in a def's head: the
# ArgumentError Kernel raises while expanding it, with its frames (beamlet: undefined function in/2)
defmodule Shapes do
  def area({:square, s}), do: s * s
  def area(kind in kinds), do: {kind, kinds}
end
