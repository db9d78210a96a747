IO.puts("sorting")
sorted = [3, 1, 2] |> Enum.sort() |> :ok
IO.inspect(sorted)
