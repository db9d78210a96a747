defmodule L, do: defstruct [:w]
defmodule M do
  def h(x) when is_map(x) or %L{x | w: 1} == x, do: :upd
end
