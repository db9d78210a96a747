# a guard always true (`when true`, or folded so) makes the next clause "cannot match because a
# previous clause at line N always matches", in case, fn, receive and def
defmodule T do
  def a(x) do
    case x do
      y when true -> y
      _ -> 1
    end
  end
  def b(x) do
    case x do
      y when 1 < 5 -> y
      _ -> 1
    end
  end
  def c(x) when 1 < 5, do: x
  def c(_), do: 1
  def d(x) do
    case x do
      {y, _} when 1 < 5 -> y
      _ -> 1
    end
  end
  def e(x) do
    f = fn
      y when true -> y
      _ -> 2
    end
    f.(x)
  end
  def g(x) do
    case x do
      y when true and true -> y
      _ -> 1
    end
  end
  def h(x) do
    case x do
      y when is_atom(:a) -> y
      _ -> 1
    end
  end
end
IO.inspect T.a(1)
defmodule T2 do
  def a(x) do
    case x do
      {y, _} when true -> y
      {_, z} -> z
    end
  end
  def b(x) when true, do: x
  def b(x) when is_atom(x), do: x
  def c(x) do
    receive do
      y when 1 == 1 -> y
      _ -> x
    end
  end
  def d(x) do
    case x do
      y when x > 1 -> y
      _ -> 1
    end
  end
  def e(x) do
    case x do
      y when 1 == 1.0 -> y
      _ -> 1
    end
  end
end
