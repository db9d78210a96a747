# Map.put/3 and :maps.put/3 are a map update in place (the map evaluated first; a failure has the
# caller's frame only, even called last), Map.replace!/3 is :maps.update(key, value, map) (key and
# value first; :maps.update's frame, then the caller's), Map.merge/3 fails in map_size/1 for a
# non-map. Library frames are shown without their line.
defmodule M do
  def put_tail(m), do: Map.put(m, :a, 1)

  def put_body(m) do
    r = Map.put(m, :a, 1)
    {r}
  end

  def maps_put_tail(m), do: :maps.put(:a, 1, m)
  def repl_tail(m), do: Map.replace!(m, :a, 1)

  def repl_body(m) do
    r = Map.replace!(m, :a, 1)
    {r}
  end

  def apply_put(m), do: apply(Map, :put, [m, :a, 1])
end

frame = fn {m, f, a, loc} ->
  file = to_string(loc[:file] || "")
  if String.ends_with?(file, ".exs"), do: {m, f, a, Path.basename(file), loc[:line]}, else: {m, f, a}
end

show = fn label, f ->
  try do
    IO.inspect({label, f.()})
  rescue
    e -> IO.inspect({label, e, __STACKTRACE__ |> Enum.take(3) |> Enum.map(frame)})
  end
end

show.(:put_tail, fn -> M.put_tail(1) end)
show.(:put_body, fn -> M.put_body(1) end)
show.(:maps_put_tail, fn -> M.maps_put_tail(1) end)
show.(:repl_tail, fn -> M.repl_tail(1) end)
show.(:repl_tail_key, fn -> M.repl_tail(%{}) end)
show.(:repl_body, fn -> M.repl_body(1) end)
show.(:repl_body_key, fn -> M.repl_body(%{}) end)
show.(:apply_put, fn -> M.apply_put(1) end)
show.(:put_fn_tail, fn -> Map.put(Process.get(:none, 1), :a, 1) end)
show.(:put_ok, fn -> Map.put(%{b: 2}, :a, 1) end)
show.(:replace_ok, fn -> Map.replace!(%{a: 2}, :a, 1) end)
show.(:order_put, fn -> Map.put(IO.inspect(%{}, label: "map"), IO.inspect(:k, label: "key"), IO.inspect(1, label: "value")) end)
show.(:order_maps_put, fn -> :maps.put(IO.inspect(:k, label: "key"), IO.inspect(1, label: "value"), IO.inspect(%{}, label: "map")) end)
show.(:order_replace, fn -> Map.replace!(IO.inspect(%{k: 0}, label: "map"), IO.inspect(:k, label: "key"), IO.inspect(1, label: "value")) end)
show.(:merge3, fn -> Map.merge(1, %{}, fn _, a, _ -> a end) end)
show.(:merge3_second, fn -> Map.merge(%{}, 1, fn _, a, _ -> a end) end)
show.(:merge3_both, fn -> Map.merge(:x, 1, fn _, a, _ -> a end) end)
show.(:merge3_nofun, fn -> Map.merge(%{}, %{}, :nofun) end)
show.(:merge3_ok, fn -> Map.merge(%{a: 1, b: 2}, %{a: 3}, fn _k, a, b -> {a, b} end) end)
show.(:merge3_ok_swapped, fn -> Map.merge(%{a: 1}, %{a: 3, c: 4}, fn _k, a, b -> {a, b} end) end)
