# Elixir 1.14 compiles Map.fetch!/fetch/delete/has_key? into the Erlang functions with the key
# first (:erlang.map_get, :maps.find, :maps.remove, :erlang.is_map_key): a failure is theirs, with
# no Map frame, and the key is evaluated before the map.
show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.inspect(e.__struct__)
      IO.puts(Exception.message(e))
      IO.inspect(Enum.take(__STACKTRACE__, 2))
  end
end
show.(fn -> Map.fetch!(Enum.random([1]), :a) end)
show.(fn -> Map.fetch!(Enum.random([%{}]), :a) end)
show.(fn -> Map.fetch(Enum.random([1]), :a) end)
show.(fn -> Map.delete(Enum.random([1]), :a) end)
show.(fn -> Map.has_key?(Enum.random([1]), :a) end)
IO.inspect(Map.fetch!(IO.inspect(%{a: 1}), IO.inspect(:a)))
IO.inspect(Map.fetch(%{a: 1}, :a))
IO.inspect(Map.fetch(%{a: 1}, :b))
IO.inspect(Map.delete(%{a: 1, b: 2}, :a))
IO.inspect(Map.has_key?(%{a: 1}, :a))
IO.inspect(&Map.fetch!/2)

defmodule T do
  def last(m), do: Map.fetch!(m, :x)
  def inner(m), do: Map.fetch!(m, :x) + 1
end

IO.inspect(T.last(%{x: 2}))
show.(fn -> T.inner(%{}) end)
show.(fn -> T.last(%{}) end)
