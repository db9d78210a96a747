# Map.put/3 (inlined as :maps.put/3) on a constant that is no map: OTP's "map update will fail
# with a 'badmap' exception", as for %{x | k: v}; other Map functions are not warned of
defmodule MapPutBadmap do
  def list, do: Map.put([], :a, 1)
  def atom, do: Map.put(:x, :a, 1)
  def erlang, do: :maps.put(:k, 1, [1])
  def tuple, do: Map.put({}, :a, 1)

  def propagated do
    l = "not a map"
    Map.put(l, :a, 1)
  end

  def split, do: Map.put(
    [], :a, 1)

  def fine(x), do: Map.put(x, :a, 1)
  def map, do: Map.put(%{}, :a, 1)
  def replace, do: Map.replace!([], :a, 1)
  def delete, do: Map.delete([], :a)
  def update, do: Map.update!([], :a, & &1)
  def get, do: Map.get(:x, :a)
end

f = fn -> Map.put(7, :b, 2) end
IO.puts(is_function(f))
