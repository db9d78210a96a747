# :lists.delete/2 and :lists.zip/2 fail where lists.erl's clauses do, with the rest of the list
# as the function_clause's arguments, also past the first chunk of a long list (they run in chunks)
long = Enum.to_list(1..5000)
cases = [
  fn -> :lists.delete(1, [2 | 3]) end,
  fn -> :lists.delete(1, :x) end,
  fn -> :lists.delete(0, long ++ :tail) end,
  fn -> :lists.delete(1, [1 | 2]) end,
  fn -> :lists.delete(1, [0, 1 | 2]) end,
  fn -> :lists.delete(4999, long) |> Enum.take(-3) end,
  fn -> :lists.delete(1.0, [1, 1.0]) end,
  fn -> :lists.delete(0, long) |> length() end,
  fn -> :lists.zip(:a, []) end,
  fn -> :lists.zip([1, 2], [1 | 2]) end,
  fn -> :lists.zip([1], [1, 2]) end,
  fn -> :lists.zip(long, [1]) end,
  fn -> :lists.zip(long, long ++ [1]) end,
  fn -> :lists.zip(long, long) |> Enum.take(-2) end
]

for f <- cases do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
