defmodule M do
  def h(x) when is_map(x) and %{x | w: 1} == x, do: :upd
end
