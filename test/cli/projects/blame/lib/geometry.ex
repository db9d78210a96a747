defmodule Geometry.Point do
  defstruct [:x, :y]
end

# Functions whose failed calls ExUnit blames clause by clause (the module has an object file)
defmodule Geometry do
  alias Geometry.Point
  @origin 0
  @units [:cm, :mm]
  defguard is_small(n) when is_integer(n) and n < 10

  def nil_guard(x) when is_nil(x), do: 1
  def nil_guard(x) when not is_nil(x) and x > 5, do: 2

  def unit(x) when x in [1, 2, 3], do: 1
  def unit(x) when x in 10..20, do: 2
  def unit(x) when x in @units, do: 3
  def unit(x) when x in 1..9//2 and is_small(x), do: 4

  def pat(%Point{x: @origin} = p, :origin), do: p
  def pat("pre" <> rest, _), do: rest
  def pat({a, a}, [h | _]) when h > a, do: h
  def pat(<<b::8, _::binary>>, 'ab'), do: b
  def pat(%{k: v}, -1) when map_size(v) > 2 when v == :x, do: v
  def pat(1..2, {:ok, _} = t), do: t
  def pat(__MODULE__, x) when rem(x, 2) == 0 and abs(x) > 1, do: x
  def pat(_x, x) when x != 1 and x !== 2.0 and is_function(x, 2), do: x

  def many(1), do: 1
  def many(2), do: 2
  def many(3), do: 3
  def many(4), do: 4
  def many(5), do: 5
  def many(6), do: 6
  def many(7), do: 7
  def many(8), do: 8
  def many(9), do: 9
  def many(10), do: 10
  def many(11), do: 11
  def many(12), do: 12

  def defaults(a, b \\ :def) when is_atom(b), do: {a, b}

  def segments(<<x::binary-size(2), y::utf8, z::16-little, _w::float, _v::bits>>) when x != y, do: z
end
