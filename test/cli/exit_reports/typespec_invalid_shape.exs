# a @type with no `::`: the shape of every type is checked before any is translated
defmodule Shape do
  @type ok :: undefined_but_later
  @type point
end
IO.puts(:not_reached)
