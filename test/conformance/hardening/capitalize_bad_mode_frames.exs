# String.capitalize/2 with a mode it does not know fails where Elixir's does: downcase(rest, mode) at
# lib/string.ex:899 refuses it, under capitalize/2 at 952 (one-grapheme strings never get there)
for s <- ["abc", "", "e\u0301bc", "ßa", "ǆx", "1"] do
  try do
    String.capitalize(s, :x)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end
defmodule T do
  def f(s), do: String.capitalize(s, :nope)
end
try do
  T.f("xy")
rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 3))
end
