# %String{} in a function: String is loaded but defines no struct
defmodule Names do
  def empty, do: %String{}
end

IO.inspect(Names.empty())
