# in a spec, a `when` key with a type counts as one use, `var` as none
defmodule Finder do
  @spec find([a], (a -> boolean)) :: a | nil when a: var
  def find(list, f), do: Enum.find(list, f)
  @spec index(list, term) :: i when i: non_neg_integer, e: term
  def index(list, x), do: Enum.find_index(list, &(&1 == x))
end
IO.puts(:not_reached)
