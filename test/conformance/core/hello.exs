IO.puts("hello, world")
IO.inspect({:ok, [1, 2.5, "three"], %{a: 1}})
