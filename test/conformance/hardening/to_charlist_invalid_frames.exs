# String.to_charlist/1 of bytes that are not UTF-8 raises in its own frame (lib/string.ex:2535, 2538
# when incomplete), which a caller's last call (List.Chars.BitString, T.f) leaves alone
defmodule T do
  def f(x), do: String.to_charlist(x)
  def g(x), do: {String.to_charlist(x)}
  def h(x), do: to_charlist(x)
end
for f <- [fn -> String.to_charlist(<<255>>) end, fn -> T.f("ab" <> <<255>>) end, fn -> T.g(<<0xE0, 0xA0>>) end,
          fn -> T.h(<<255>>) end, fn -> to_charlist(<<97, 255>>) end,
          fn -> Enum.map([<<255>>], &String.to_charlist/1) end] do
  try do
    f.()
  rescue e -> IO.inspect({e, __STACKTRACE__ |> Enum.reject(&(elem(&1, 0) == :elixir_compiler_0)) |> Enum.take(3)}, limit: 12, printable_limit: 20)
  end
end
# past 64 KB the list is built in chunks: the same frames
defmodule T2 do
  def f(s), do: {String.to_charlist(s)}
  def g(s), do: String.to_charlist(s)
end
for s <- [String.duplicate("a", 70000) <> <<255>>, String.duplicate("é", 40000) <> <<0xE0, 0xA0>>, <<255>> <> String.duplicate("a", 70000)] do
  try do
    T2.f(s)
  rescue e -> IO.inspect({e.message, Enum.take(__STACKTRACE__, 3)})
  end
  try do
    T2.g(s)
  rescue e -> IO.inspect({e.message, Enum.take(__STACKTRACE__, 2)})
  end
end
