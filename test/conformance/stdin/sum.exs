n = IO.gets("") |> String.trim() |> String.to_integer()
IO.puts(Enum.sum(1..n))
