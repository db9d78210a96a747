# put_in/update_in through a key that holds nil: Access.get_and_update/3 raises at Elixir's line
# of it, under Map.get_and_update/3 (the map's own update, at lib/map.ex:924) and Kernel.put_in/3
for f <- [fn -> put_in(%{}, [:a, :b], 1) end, fn -> update_in(%{a: nil}, [:a, :b], & &1) end,
          fn -> get_and_update_in(%{a: %{}}, [:a, :b, :c], &{&1, 1}) end] do
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      IO.inspect(Enum.take(__STACKTRACE__, 3))
  end
end

IO.inspect(put_in(%{a: %{}}, [:a, :b], 1))
IO.inspect(Access.get_and_update(%{a: 1}, :a, fn v -> {v, v + 1} end))
IO.inspect(Access.get_and_update(%{a: 1}, :a, fn _ -> :pop end))
