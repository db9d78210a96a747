defmodule A do
  def f do
    case 1 do
      _ -> 1
      1 -> 2
    end
  end
  def g do
    x = :a
    case x do
      _ -> 1
      :a -> 2
    end
  end
  def h(y) do
    x = {y, 1}
    case x do
      _ -> 1
      {1, 1} -> 2
    end
  end
  def i(y) do
    x = [y]
    case x do
      z -> z
      [1] -> 2
    end
  end
end
