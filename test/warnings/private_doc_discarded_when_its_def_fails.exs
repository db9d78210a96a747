# a private function's discarded @doc is told as its definition is stored: not when expanding
# the definition it documents failed (an earlier one's still is)
defmodule PrivateDocDiscarded do
  @doc "told"
  defp first(x), do: x

  @doc "not told"
  defp second(x) do
    a and b = first(x)
  end
end
