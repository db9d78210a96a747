# :reduce with a do block that is no `acc -> expr` clauses, in a def: the module body's frame
# at the def's line (not the script's frames)
defmodule Sum do
  def total(xs) do
    for x <- xs, reduce: 0, do: x
  end
end

IO.inspect(Sum.total([1, 2]))
