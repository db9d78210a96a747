# the call on the far left of a pipe chain expands inside every pipe: one frame per pipe
value = :ok
nope(value) |> elem(0) |> IO.inspect()
