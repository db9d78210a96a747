defmodule Integer do
  @moduledoc "The language half of Integer; the first-order functions are BIFs."

  # guards only, as in Elixir: calling them needs `require Integer`
  defguard is_odd(integer) when is_integer(integer) and :erlang.band(integer, 1) == 1
  defguard is_even(integer) when is_integer(integer) and :erlang.band(integer, 1) == 0

  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b) when is_integer(b), do: {b, 0, 1}
  def extended_gcd(a, 0) when is_integer(a), do: {a, 1, 0}

  def extended_gcd(a, b) when is_integer(a) and is_integer(b) do
    extended_gcd_loop(b, a, 0, 1, 1, 0)
  end

  defp extended_gcd_loop(r1, r0, s1, s0, t1, t0) do
    d = div(r0, r1)

    case r0 - d * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd_loop(r2, r1, s0 - d * s1, s1, t0 - d * t1, t1)
    end
  end

  # deprecated in Elixir 1.14
  @doc false
  def to_char_list(integer), do: Integer.to_charlist(integer)
  @doc false
  def to_char_list(integer, base), do: Integer.to_charlist(integer, base)

end
