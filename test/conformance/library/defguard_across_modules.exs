# Guards defined with defguard in one module, used through import and require in others.
defmodule Shapes.Guards do
  import Bitwise

  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_pos_even(n) when is_even(n) and n > 0
  defguard is_odd_bit(n) when is_integer(n) and band(n, 1) == 1
  defguard is_point(p) when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1))
  defguard in_box(x, y, size) when x >= 0 and y >= 0 and x < size and y < size
  defguardp is_small(n) when n < 10

  def small?(n) when is_small(n), do: true
  def small?(_), do: false
end

defmodule Shapes.ByImport do
  import Shapes.Guards

  def classify(n) when is_pos_even(n), do: :pos_even
  def classify(n) when is_even(n), do: :even
  def classify(n) when is_odd_bit(n), do: :odd
  def classify(_), do: :other

  def inside?({x, y} = p, size) when is_point(p) and in_box(x, y, size), do: true
  def inside?(_, _), do: false

  # used outside a guard the guard is an ordinary boolean expression
  def even_count(list), do: Enum.count(list, &is_even/1)
  def check(n), do: is_pos_even(n)

  # each argument evaluated once in a body
  def once do
    Process.put(:calls, 0)
    result = is_even(tick(4))
    {result, Process.get(:calls)}
  end

  defp tick(n) do
    Process.put(:calls, Process.get(:calls) + 1)
    n
  end
end

defmodule Shapes.ByRequire do
  require Shapes.Guards
  alias Shapes.Guards, as: G

  def classify(n) when G.is_pos_even(n), do: :pos_even
  def classify(n) when Shapes.Guards.is_even(n), do: :even
  def classify(_), do: :other

  def pick(list) do
    for x <- list, G.is_odd_bit(x), do: x
  end

  def match(value) do
    case value do
      p when G.is_point(p) -> {:point, p}
      n when G.is_even(n) or n == :zero -> {:even, n}
      _ -> :unknown
    end
  end
end

defmodule Shapes.OnlyImport do
  import Shapes.Guards, only: [is_even: 1]

  def evens(list), do: Enum.filter(list, fn x when is_even(x) -> true; _ -> false end)
end

IO.inspect(Enum.map([-2, 3, 4, :a, 7], &Shapes.ByImport.classify/1))
IO.inspect({Shapes.ByImport.inside?({1, 2}, 5), Shapes.ByImport.inside?({1, 9}, 5), Shapes.ByImport.inside?(:x, 5)})
IO.inspect({Shapes.ByImport.even_count(1..10), Shapes.ByImport.check(6), Shapes.ByImport.check(-6), Shapes.ByImport.check(:a)})
IO.inspect(Shapes.ByImport.once())
IO.inspect(Enum.map([2, -2, 3], &Shapes.ByRequire.classify/1))
IO.inspect(Shapes.ByRequire.pick(1..10))
IO.inspect(Enum.map([{1, 2.5}, 4, :zero, "x"], &Shapes.ByRequire.match/1))
IO.inspect(Shapes.OnlyImport.evens([1, 2, 3, 4, 5.0, 6]))
IO.inspect({Shapes.Guards.small?(3), Shapes.Guards.small?(30)})
IO.inspect(Shapes.Guards.__info__(:macros))
