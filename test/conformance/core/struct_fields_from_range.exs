# struct!/2 and struct/2 given a range as the fields: Elixir enumerates it (Enum.reduce_range/5), so its first integer is no {key, value} pair (FunctionClauseError in __struct__/1's fn), and an empty range gives no fields at all.
for {m, kv} <- [{Range, 1..2}, {URI, 1..2}, {URI, 5..1//-1}, {URI, 1..0//1}, {Version, 3..4}, {Range, 1..0//1}] do
  try do
    IO.inspect(struct!(m, kv))
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(6) |> Enum.join(" | "))
  end
  try do
    IO.inspect(struct(m, kv))
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(6) |> Enum.join(" | "))
  end
end
