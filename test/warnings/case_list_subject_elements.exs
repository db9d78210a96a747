defmodule A do
  def a(y) do
    x = [y]
    case x do
      [1] -> 1
      {_} -> 2
      _ -> 3
    end
  end
  def b(y) do
    x = [y, 1]
    case x do
      [_] -> 1
      _ -> 3
    end
  end
  def c(y) do
    x = {y, 1}
    case x do
      [_] -> 1
      {_} -> 3
      _ -> 2
    end
  end
  def d(y) do
    case [y, 1] do
      [_] -> 1
      [a, b] -> a + b
      [1, 1] -> 2
    end
  end
  def e(y) do
    case [y | 1] do
      [a | _] -> a
      [1 | 1] -> 2
    end
  end
end
