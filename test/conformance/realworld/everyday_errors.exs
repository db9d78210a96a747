defmodule P, do: defstruct([:a])
defmodule Run do
 def all, do: [
  fn -> to_string(%P{a: 1}) end,
  fn -> Enum.map(%P{a: 1}, & &1) end,
  fn -> Enum.into([1], %P{}) end,
  fn -> "#{%P{}}" end,
  fn -> for x <- %P{}, do: x end,
  fn -> Enum.count({1, 2}) end,
  fn -> List.to_string([%P{}]) end,
  fn -> Jason.encode!(%{}) end,
  fn -> Enum.sum([1, :a]) end,
  fn -> Enum.max([]) end,
  fn -> Enum.reduce([], &(&1 + &2)) end,
  fn -> Enum.zip(1, 2) end,
  fn -> Range.new(1, 2, 0) end,
  fn -> String.to_atom(123) end,
  fn -> Date.from_iso8601!("x") end,
  fn -> Integer.to_string(1.5) end,
  fn -> Map.new(5) end,
  fn -> Keyword.get(%{}, :a) end,
  fn -> Enum.chunk_every([1], 0) end,
  fn -> String.pad_leading("a", -1) end,
  fn -> :binary.part("abc", 2, 5) end,
  fn -> binary_part("abc", 2, 5) end,
  fn -> Enum.at([1], :x) end,
  fn -> Stream.map(1, & &1) |> Enum.to_list() end,
  fn -> Enum.slice([1, 2], "x") end,
  fn -> Agent.get(:no_agent, & &1) end,
  fn -> send(:no_such_name, :hi) end,
  fn -> Process.link(:c.pid(0, 9999, 0)) end,
  fn -> List.flatten(:x) end,
  fn -> Tuple.to_list([]) end
]
end
for f <- Run.all() do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    k, v -> IO.puts("#{k}: #{inspect(v)}")
  end
end
