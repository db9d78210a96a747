# ~w with interpolation splits its text when it runs (String.split/1), then makes atoms (a) or
# charlists (c) of the words, as Kernel.sigil_w/2's expansion does
defmodule Columns do
  @base "id name"
  def headers(extra), do: ~w(#{@base} #{extra} created_at)
  def keys(extra), do: ~w(#{@base} #{extra})a
  def chars(word), do: ~w(x#{word}y z)c
end

IO.inspect(Columns.headers("email  phone"))
IO.inspect(Columns.keys("email"))
IO.inspect(Columns.chars("-"))
IO.inspect(Columns.headers(""))
n = 42
IO.inspect(~w(item#{n} item#{n + 1}\tlast)s)
IO.inspect(~w(#{"  "}))
IO.inspect(Enum.map(~w(#{n}a b)a, &is_atom/1))
