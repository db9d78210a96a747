# Binary segments Elixir 1.14's type checker does not warn about: a variable with no guard, a type
# the segment takes (an integer as a float, a binary as utf8, a number as a float), a variable
# rebound before its use, a size of another type, interpolation, a variable refined by an
# earlier segment of a type it fits
defmodule BinQuiet do
  def no_guard(x), do: <<x::binary>>
  def int_as_float(x) when is_integer(x), do: <<x::float>>
  def number_as_float(x) when is_number(x), do: <<x::float-size(32), x::float>>
  def binary_as_utf(x) when is_binary(x), do: <<x::utf8>>
  def int_as_utf(x) when is_integer(x), do: <<x::utf32>>
  def bitstring(x) when is_bitstring(x), do: <<x::bitstring, x::bits>>
  def rebound(x) when is_integer(x) do
    x = Integer.to_string(x)
    x <> "!"
  end
  def rebound_literal(x) when is_integer(x) do
    x = "a"
    <<x::binary>>
  end
  def computed do
    x = 1
    x = x + 1
    <<x>>
  end
  def size_var(x, y) when is_binary(x), do: <<y::size(x)>>
  def interpolated(x) when is_integer(x), do: "a#{x}b"
  def binary_concat(x) when is_binary(x) do
    "a" <>
      x <>
      "b"
  end
  def pinned(x, y) when is_integer(x) do
    case y do
      <<^x, rest::binary>> -> rest
      _ -> <<x::utf8>>
    end
  end
  def literal_float do
    x = 1.5
    <<x::float>>
  end
  def or_fits(x) when is_integer(x) or is_float(x), do: <<x::float>>
end
IO.puts("ok")
