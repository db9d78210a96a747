# in a def, the :uniq CompileError has the module body's frame at the def's line
defmodule Listing do
  def names(xs) do
    for x <- xs,
        uniq: length(xs) > 1,
        do: to_string(x)
  end
end

IO.inspect(Listing.names([:a, :a]))
