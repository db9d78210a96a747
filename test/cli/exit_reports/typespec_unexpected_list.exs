# a list type with several elements that is no keyword list
defmodule Lists do
  @type row :: {:row, [integer, String.t()]}
end
IO.puts(:not_reached)
