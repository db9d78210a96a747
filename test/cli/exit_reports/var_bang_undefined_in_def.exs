defmodule U do
  def f, do: var!(nope)
end
