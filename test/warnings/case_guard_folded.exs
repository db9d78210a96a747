# case/match? guards false once the pattern's variables are known (bound from a literal and earlier
# literal-bound variables): printed once for case, twice for match?
defmodule M do
  def k do
    x = 0
    case 1 do
      y when y > x + 5 -> y
      _ -> 2
    end
  end
  def l do
    x = 0
    case 1 do
      1 when x > 1 -> 1
      _ -> 2
    end
  end
  def m(z) do
    case {1, z} do
      {y, w} when y > 1 and w > 2 -> y
      _ -> 2
    end
  end
  def n(z) do
    case {1, z} do
      {y, w} when w > 2 and y > 1 -> y
      _ -> 2
    end
  end
  def o(z) do
    case {1, z} do
      {y, w} when w > 2 or y > 1 -> y
      _ -> 2
    end
  end
  def p do
    case [1, 2] do
      [a | b] when b == [2] and a == 0 -> 1
      _ -> 2
    end
  end
end
IO.inspect M.k()
