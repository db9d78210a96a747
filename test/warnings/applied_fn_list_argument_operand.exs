# A fn applied to one list built of variables: its clauses of another type are reported where the
# application stands as a statement or a body's value, not where it is an operand (its value bound first).
defmodule G2 do
  def a(p), do: (fn {_, _} -> nil; [_ | _] -> nil end).([p])
  def b(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([p])]
  def c(p), do: {(fn {_, _} -> 1; [_ | _] -> 2 end).([p])}
  def d(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).({p})]
  def e(p) do
    x = (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    x
  end
  def f(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([p]), 3]
  def g(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).(p)]
  def h(p), do: :erlang.abs((fn {_, _} -> 1; [_ | _] -> 2 end).([p]))
end
defmodule G3 do
  def a(p) do
    x = (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    [x]
  end
  def b(p) do
    (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    :ok
  end
  def c(p) do
    x = (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    {x, p}
  end
  def d(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([p]) | p]
  def e(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([1])]
  def f(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([:a | p])]
  def g(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).({p, 1, 2})]
  def h(p), do: [(fn nil -> 1; [_] -> 2 end).([p])]
  def i(p), do: [(fn nil -> 1; [_] -> 2 end).([p]), (fn nil -> 1; [_] -> 2 end).([p])]
  def j(p), do: if((fn nil -> 1; [_] -> 2 end).([p]), do: 1, else: 2)
end
defmodule G4 do
  def a(p, q) do
    case q do
      1 -> (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
      _ -> [(fn {_, _} -> 1; [_ | _] -> 2 end).([p])]
    end
  end
  def b(p, q) do
    if q, do: (fn {_, _} -> 1; [_ | _] -> 2 end).([p]), else: 3
  end
  def c(p) do
    f = fn -> (fn {_, _} -> 1; [_ | _] -> 2 end).([p]) end
    f
  end
  def d(p) do
    f = fn {_, _} -> 1; [_ | _] -> 2 end
    f.([p])
  end
  def e(p) do
    f = fn {_, _} -> 1; [_ | _] -> 2 end
    {f.([p])}
  end
  def g(p, q) do
    with {:ok, _} <- q, do: (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
  end
  def h(p) do
    try do
      (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    after
      :ok
    end
  end
  def i(p, q) do
    cond do
      q -> (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
      true -> 1
    end
  end
  def j(p, q) do
    unless q do
      x = 1
      (fn {_, _} -> x; [_ | _] -> 2 end).([p])
    end
  end
  def k(p) do
    y = (fn {_, _} -> 1; [_ | _] -> 2 end).([p])
    IO.inspect(y)
    y
  end
end
