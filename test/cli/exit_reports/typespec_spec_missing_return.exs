# a @spec (or @callback) with no `::`, after the `when` is taken off
defmodule Api do
  @spec get(key) :: term when key: atom
  def get(k), do: k
  @spec put(key, term) when key: atom
  def put(k, v), do: {k, v}
end
IO.puts(:not_reached)
