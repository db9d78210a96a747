# A library function's FunctionClauseError names the line of Elixir's first clause, and a failed
# protocol dispatch the protocol's impl_for!/1 and function frames, in Elixir's files
calls = [
  fn -> Enum.take_every([1], -1) end,
  fn -> Enum.chunk_every([1], 0) end,
  fn -> Enum.with_index([1], :a) end,
  fn -> Enum.slide([1], :a, 2) end,
  fn -> Enum.at([1], :a) end,
  fn -> Enum.fetch!([1], 3) end,
  fn -> Stream.chunk_every([1], 0) end,
  fn -> Stream.take_every([1], -1) end,
  fn -> MapSet.new(:a) end,
  fn -> Keyword.get(:a, :b) end,
  fn -> List.flatten(:a) end,
  fn -> Date.new(:a, 1, 1) end,
  fn -> Regex.run(:a, "x") end,
  fn -> URI.parse(1) end,
  fn -> Process.send_after(:a, :m, -1) end,
  fn -> Task.await(:a) end,
  fn -> Agent.get(self(), :a) end,
  fn -> Access.fetch(1, :a) end,
  fn -> Integer.digits(:a) end,
  fn -> Version.parse(1) end,
  fn -> OptionParser.parse(:a) end,
  fn -> Enum.split_with(:a, 1) end
]
for f <- calls do
  try do
    f.()
    IO.puts("no error")
  rescue
    e -> IO.inspect({e.__struct__, hd(__STACKTRACE__)})
  catch
    k, r -> IO.inspect({k, r, hd(__STACKTRACE__)})
  end
end

defprotocol Describe do
  def describe(x)

  def other(x, y)
end
defimpl Describe, for: Integer do
  def describe(n), do: "int #{n}"
  def other(_, _), do: 1
end
try do Describe.describe(:a) rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 3)) end
try do Describe.other(:a, 2) rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 3)) end
IO.inspect Describe.impl_for(:a)
try do Describe.impl_for!(:a) rescue e -> IO.inspect(e); IO.inspect(Enum.take(__STACKTRACE__, 2)) end
for f <- [fn -> Enum.map(:a, & &1) end, fn -> Enum.count(:a) end, fn -> to_string({1}) end, fn -> Enum.into([1], :a) end, fn -> Enum.member?(:a, 1) end] do
  try do f.() rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 2)) end
end
Describe.describe("x")
