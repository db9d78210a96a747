# a second defstruct in a module: Kernel.Utils.defstruct/3 raises at the module body's line
defmodule Point do
  defstruct [:x, :y]
  def origin, do: %Point{x: 0, y: 0}
  defstruct [:z]
end
