# a local call in a function head: no macro by that name
defmodule Heads do
  def first(tail(x)), do: x
end
