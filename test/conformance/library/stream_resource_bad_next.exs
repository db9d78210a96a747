# Stream.resource/3's next_fun must answer {items, acc} or {:halt, acc}: anything else is a
# TryClauseError (Elixir takes the answer in a try's else), and after_fun does not run for it
bad = Stream.resource(fn -> 0 end, fn
  0 -> {[:a, :b], 1}
  1 -> :bad
end, fn acc -> IO.puts("after #{acc}") end)

try do
  Enum.to_list(bad)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

IO.inspect(Enum.take(bad, 2))
Stream.resource(fn -> :x end, fn _ -> [1, 2] end, fn _ -> :ok end) |> Enum.to_list()
