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
