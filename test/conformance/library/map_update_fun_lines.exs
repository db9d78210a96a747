# the lines of Map.update!/3 and Map.get_and_update!/3 frames
for f <- [fn -> Map.update!(%{a: 1}, :a, &(&1 + :x)) end, fn -> Map.update!(%{}, :a, & &1) end, fn -> Map.update!(1, :a, & &1) end,
          fn -> Map.get_and_update!(%{a: 1}, :a, &(&1 + :x)) end, fn -> Map.get_and_update!(%{a: 1}, :a, fn _ -> :bad end) end, fn -> Map.get_and_update!(%{}, :a, & &1) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
  end
end
