defmodule W do
  def a(x) do
    with y <- x do
      y
    else
      _ -> :no
    end
  end
  def b(x) do
    with y = x, z = y do
      z
    else
      _ -> :no
    end
  end
  def c(x) do
    with {:ok, y} <- x do
      y
    else
      _ -> :no
    end
  end
  def d(x) do
    with _ <- x, y when y > 1 <- x do
      y
    else
      _ -> :no
    end
  end
  def e(x), do: (with(_y <- x, do: 1, else: (_ -> 2)))
end
IO.inspect {W.a(1), W.b(1), W.c({:ok, 2}), W.d(3), W.e(1)}
r = with a <- 1 do
  a
else
  _ -> 0
end
IO.inspect r
defmodule W2 do
  def f(x) do
    with a = x, b = a do
      c = 1
      b
    else
      q -> 1
    end
  end
  def g(x), do: (with(a = x, do: (u = 1; a), else: (_ -> 2)))
end
IO.inspect W2.f(1)
