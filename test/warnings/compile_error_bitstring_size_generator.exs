# a binary generator's segment whose size is undefined: the error has the segment's line
defmodule Pixels do
  def channels(data) do
    for <<r::8, g::8, b::size(depth) <- data>>, do: {r, g, b}
  end
end
