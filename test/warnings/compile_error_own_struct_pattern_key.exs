# a pattern (or an update) of the module's own struct with a key it lacks
defmodule OwnStructPattern do
  defstruct name: "x", age: 0
  def name(%OwnStructPattern{name: n}), do: n
  def age(%__MODULE__{agee: a}), do: a
end
