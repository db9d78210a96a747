for f <- [fn -> :erlang.make_tuple(100_000_000, 0) end,
          fn -> :erlang.make_tuple(16_777_216, 0) end,
          fn -> Tuple.duplicate(0, 20_000_000) end,
          fn -> :erlang.make_tuple(-1, 0) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
IO.puts(tuple_size(:erlang.make_tuple(3, :x)))
