# shapes the Erlang compiler aliases: variables, pins and `_` with anything, maps' other keys,
# a list against [h | t], 0.0 against -0.0, a struct against an empty map
defmodule NomatchAllowedS do
  defstruct [:a]
end
defmodule NomatchAllowed do
  def a(%{a: x} = %{b: y}), do: {x, y}
  def b([1, 2] = [x | y]), do: {x, y}
  def c('ab' = [?a | t]), do: t
  def d(%{} = %{a: 1}), do: 1
  def e(0.0 = -0.0), do: 1
  def f(x) do
    case x do
      {:a, ^x} = {:a, 1} -> 1
      %{1 => 1} = %{1.0 => 2} -> 2
      %NomatchAllowedS{} = %{a: 1} -> 3
      [_ | _] = [1, 2 | _] -> 4
      {a, b} = {c, d} -> {a, b, c, d}
      <<a>> = z -> {a, z}
    end
  end
end
IO.inspect(NomatchAllowed.b([1, 2]))
