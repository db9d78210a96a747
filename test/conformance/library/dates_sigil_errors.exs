IO.puts("before")
IO.inspect(~D[2024-13-01])
