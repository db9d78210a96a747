defmodule Fmt do
  def pad(s, width \\ 10, char \\ " ")
  def pad(s, width, char) when byte_size(s) >= width, do: s <> "|" <> char
  def pad(s, width, char), do: pad(s <> char, width, char)

  def join(list, sep \\ ", ", wrap \\ nil)
  def join(list, sep, nil), do: Enum.join(list, sep)
  def join(list, sep, {l, r}), do: l <> Enum.join(list, sep) <> r

  def range(from \\ 1, to), do: Enum.to_list(from..to)
end

IO.puts(Fmt.pad("ab"))
IO.puts(Fmt.pad("ab", 5))
IO.puts(Fmt.pad("ab", 5, "."))
IO.puts(Fmt.join(~w(a b c)))
IO.puts(Fmt.join(~w(a b c), "-"))
IO.puts(Fmt.join(~w(a b c), "; ", {"[", "]"}))
IO.inspect(Fmt.range(4))
IO.inspect(Fmt.range(2, 4))
IO.inspect(Fmt.__info__(:functions))
f = &Fmt.pad/2
IO.puts(f.("x", 3))
