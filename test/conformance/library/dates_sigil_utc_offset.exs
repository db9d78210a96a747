IO.puts("before")
IO.inspect(~U[2024-01-01 10:00:00+01:00])
