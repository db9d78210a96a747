# clauses after one that always matches, in case, fn and receive (not in cond, with or try)
defmodule Shadow do
  def a(x) do
    case x do
      {p, q} -> p + q
      _ -> 0
      1 -> 1
      2 -> 2
    end
  end
  def b(x) do
    f = fn
      y -> y
      1 -> 2
    end
    receive do
      m -> f.(m)
      :stop -> :ok
    after
      0 -> x
    end
  end
  def c(x) do
    case x do
      y when is_integer(y) -> y
      {n, n} -> n
      _y -> 1
    end
  end
  def d(x) do
    cond do
      x -> 1
      true -> 2
      x == 3 -> 3
    end
  end
  def e(n, n), do: :same
  def e(_, _), do: :different
  def e(1, 2), do: :never
end
IO.inspect(Shadow.a({1, 2}))
