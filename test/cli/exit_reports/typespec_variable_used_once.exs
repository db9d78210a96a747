# a type variable written once is refused (the first in term order); `_`-prefixed ones are not
defmodule Boxes do
  @type box(a) :: {:box, a}
  @type pair(_left, right) :: {right, right}
  @type tagged(tag, value, meta) :: {tag, meta}
end
IO.puts(:not_reached)
