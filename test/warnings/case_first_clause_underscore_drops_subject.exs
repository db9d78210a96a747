defmodule A do
  def a(y) do
    case y + 1 do
      _x -> 1
    end
  end
  def b(y) do
    case y * 2 do
      _ -> 1
    end
  end
  def c(y) do
    case {y, 1} do
      _ -> 1
    end
  end
  def d(y) do
    case y > 1 do
      _ -> 1
    end
  end
  def e(y) do
    case String.length(y) do
      _ -> 1
    end
  end
  def f(y) do
    case elem(y, 0) do
      _ -> 1
    end
  end
end
