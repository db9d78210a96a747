# A guard written as several `when`s: the checker joins their type checks with `or`, last first,
# and prints that trace without a line number
defmodule SeveralWhens do
  def atom_or_integer(x) when is_atom(x) when is_integer(x), do: <<x::binary>>

  def float_or_pid(x) when is_float(x) when is_pid(x) do
    <<x::utf8>>
  end

  def fits(x) when is_binary(x) when is_binary(x), do: <<x::binary>>
  def other(x, y) when is_atom(x) when is_integer(y), do: <<y::binary>>
end

IO.puts(:done)
