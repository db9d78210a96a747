# types come first, then specs, then callbacks; a callback's result names a wrong arity of a
# type of the module
defmodule Store do
  @type key :: atom | binary
  @type entry(v) :: {key, v}
  @spec keys(list(entry(term))) :: [key]
  def keys(entries), do: Enum.map(entries, &elem(&1, 0))
  @callback get(key) :: {:ok, term} | :error
  @callback put(key, term) :: entry
end
IO.puts(:not_reached)
