# IO.puts/IO.write of a term that is not chardata go through String.Chars (Elixir's to_chardata/1,
# inlined into them at lib/io.ex:767): Protocol.UndefinedError under String.Chars' and IO.puts/2's
# frames; a bitstring is String.Chars.BitString's error; a user's implementation is used. Lists
# that are not chardata are the io server's badarg ({:device, :put_chars}); IO.binwrite answers
# {:error, :badarg}.
defmodule S do
  defstruct a: 1
end

defmodule T do
  defstruct b: 2
end

defimpl String.Chars, for: T do
  def to_string(%T{b: b}), do: "T#{b}"
end

defmodule M do
  def g(f) do
    y = f.()
    y
  end
end

calls = [
  fn -> IO.puts({:a}) end,
  fn -> IO.write({:a}) end,
  fn -> IO.puts(:stderr, %{}) end,
  fn -> IO.write(:stdio, self()) end,
  fn -> IO.puts(struct(S)) end,
  fn -> IO.write(struct(S)) end,
  fn -> IO.puts(<<1::3>>) end,
  fn -> IO.write(make_ref()) end,
  fn -> IO.puts(fn -> :ok end) end,
  fn -> IO.puts(struct(T)) end,
  fn -> IO.write(:stderr, struct(T)) end,
  fn -> IO.puts(1.5) end,
  fn -> IO.puts(:abc) end,
  fn -> IO.puts([{:a}]) end,
  fn -> IO.write([{:a}]) end,
  fn -> IO.puts(:stderr, [{:a}]) end,
  fn -> :io.put_chars([{:a}]) end,
  fn -> :io.put_chars(:standard_error, [-1]) end,
  fn -> IO.puts([<<255>>]) end
]

for f <- calls do
  try do
    M.g(f)
  rescue
    e -> IO.inspect({e.__struct__, Exception.message(e) |> String.replace(~r/#(Reference|PID|Function)<[^>]*>/, "#\\1<...>"), Enum.take(__STACKTRACE__, 3)})
  end
end

IO.inspect(IO.binwrite([{:a}]))
IO.inspect(IO.binwrite(:stderr, [1, {:a}]))
IO.inspect(IO.binwrite([256]))
IO.inspect(IO.binwrite(:stdio, "ok\n"))
IO.inspect(IO.binwrite([1 | 2]))

try do
  IO.binwrite(<<1::3>>)
rescue
  e -> IO.inspect(e.__struct__)
end
