# a name imported inside one def is not imported in the next one
defmodule M do
  def one do
    import Enum, only: [map: 2]
    map([1], & &1)
  end
  def two, do: map([1], & &1)
end
