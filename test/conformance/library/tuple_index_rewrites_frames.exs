# Elixir compiles Tuple.delete_at/insert_at/duplicate and a remote Kernel.elem/put_elem into the
# :erlang BIFs with the index plus one (elixir_rewrite), so a failure is the BIF's (or the
# increment's) with the caller's frame under it; Float.pow/2's :math.pow/2 keeps Float.pow's frame
defmodule TupleCalls do
  def delete_at(t, i), do: Tuple.delete_at(t, i)
  def elem_of(t, i), do: Kernel.elem(t, i)
  def insert_at(t, i), do: Tuple.insert_at(t, i, 0)
  def put_elem_of(t, i), do: Kernel.put_elem(t, i, 0)
  def duplicate(n), do: Tuple.duplicate(:x, n)
end

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e.__struct__, __STACKTRACE__ |> Enum.take(2) |> Enum.map(fn {m, fu, a, l} -> {m, fu, a, l[:line]} end)})
  end
end

show.(fn -> TupleCalls.delete_at({}, :a) end)
show.(fn -> TupleCalls.elem_of({}, :a) end)
show.(fn -> TupleCalls.insert_at({}, :a) end)
show.(fn -> TupleCalls.put_elem_of({}, :a) end)
show.(fn -> TupleCalls.delete_at({}, 1) end)
show.(fn -> TupleCalls.elem_of({}, 1) end)
show.(fn -> TupleCalls.insert_at({}, 3) end)
show.(fn -> TupleCalls.put_elem_of({}, 1) end)
show.(fn -> TupleCalls.duplicate(-1) end)
show.(fn -> TupleCalls.elem_of({1, 2}, 1) end)
show.(fn -> {TupleCalls.delete_at({1, 2}, 0), TupleCalls.insert_at({1}, 1), TupleCalls.put_elem_of({1}, 0), TupleCalls.duplicate(2)} end)
show.(fn -> Tuple.delete_at({1, 2}, 5) end)
show.(fn -> Tuple.insert_at({1}, 5, 1) end)
show.(fn -> Tuple.duplicate(1, -1) end)
show.(fn -> Kernel.elem({}, 1) end)
show.(fn -> Kernel.put_elem({}, 1, 2) end)
show.(fn -> Float.pow(-8.0, 0.5) end)
show.(fn -> Float.pow(10.0, 400) end)
show.(fn -> Float.pow(2.0, 0.5) end)
IO.inspect({&Tuple.delete_at/2, &Kernel.elem/2})
