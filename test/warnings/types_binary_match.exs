# `<<...>> = v` (and `"a" <> rest = v`) gives v the type binary(): a v typed otherwise by a guard
# is "incompatible types", the pattern printed as Elixir expands it
defmodule BinMatch do
  def prefix(y) when is_integer(y) do
    "a" <> rest = y
    rest
  end
  def segments(y) when is_atom(y) or is_integer(y) do
    <<a, b::bytes-size(2), c::little-16, _::bits>> = y
    {a, b, c}
  end
  def fits(y) when is_binary(y) do
    <<a, b::binary>> = y
    {a, b, y}
  end
end
IO.puts("ok")
