# private functions whose defaults no call leaves out: "default values ... are never used", or,
# when a shorter call is made, "the default values for the first N ..." (N is the smallest arity
# called, as Elixir 1.14 words it), sorted by name with the unused functions
defmodule UnusedDefaults do
  defp zz(a \\ 1), do: a
  defp bb, do: 1
  defp aa(x, y \\ 2), do: {x, y}
  defp cc, do: 2
  defp mm(a, b \\ 1, c \\ 2, d \\ 3), do: {a, b, c, d}
  defp kk(a \\ 1, b \\ 2), do: {a, b}
  defp nn(a \\ 1, b \\ 2), do: {a, b}

  defp header(a, b \\ :x)
  defp header(1, b), do: b
  defp header(a, _), do: a

  defp all_used(a, b \\ 1), do: {a, b}

  defmacrop mac(a \\ 1), do: a

  def use do
    {zz(3), aa(1, 2), mm(1, 2, 3), mm(1, 2, 3, 4), kk(1), nn(1, 2), header(2, 3), all_used(1), all_used(1, 2), mac(2)}
  end
  defp only_defaults(a \\ 1), do: a
end
IO.puts(:ok)
