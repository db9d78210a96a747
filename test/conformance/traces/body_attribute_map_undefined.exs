# @attr with a map holding an undefined function: Kernel.@/1's expansion is shown when the
# expander's frames (the map's pair, the map, __put_attribute__'s argument) leave room for it
defmodule Main do
  @v %{a: extra}
  @w [extra]
end
