defmodule LRU do
  defstruct cap: 3, map: %{}, order: [], hits: 0, misses: 0

  def get(%LRU{map: m} = c, k) do
    case Map.fetch(m, k) do
      {:ok, v} -> {v, %{c | order: [k | List.delete(c.order, k)], hits: c.hits + 1}}
      :error -> {nil, %{c | misses: c.misses + 1}}
    end
  end

  def put(%LRU{} = c, k, v) do
    order = [k | List.delete(c.order, k)]
    map = Map.put(c.map, k, v)
    if length(order) > c.cap do
      {evict, keep} = List.pop_at(order, -1)
      IO.puts("evict #{inspect(evict)}")
      %{c | map: Map.delete(map, evict), order: keep}
    else
      %{c | map: map, order: order}
    end
  end
end

defmodule Main do
  def run do
    ops = [{:put, :a, 1}, {:put, :b, 2}, {:put, :c, 3}, {:get, :a}, {:put, :d, 4}, {:get, :b}, {:get, :c}, {:put, :e, 5}, {:get, :a}, {:get, :d}]
    final = Enum.reduce(ops, %LRU{}, fn
      {:put, k, v}, c -> LRU.put(c, k, v)
      {:get, k}, c -> {v, c2} = LRU.get(c, k); IO.puts("get #{k} -> #{inspect(v)}"); c2
    end)
    IO.inspect(final)
  end
end

Main.run()
