# ^x of no variable in a function head: raised from the module body, its frame shows the def's line
defmodule PinHead do
  def first(x), do: x

  def check(^expected), do: expected
end
