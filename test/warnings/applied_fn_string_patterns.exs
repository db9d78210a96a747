defmodule M do
  def id(x), do: x
  def a(p0), do: (fn "s", :a -> :r end).(p0, {p0, 1})
  def b(p0, p1) do
    case (fn [_ | _], nil -> nil; 1, "s" -> :x end).({p0, 1}, [p1]) do
      v -> v
    end
  end
  def c(p0), do: (fn "s", x -> x end).(p0, 2)
  def d(p0), do: (fn "s" -> 1; _ -> 2 end).(p0)
  def e(p0), do: (fn {"s", y} -> y; _ -> 2 end).({p0, 1})
  def f(p0), do: (fn {"s", y} -> y end).({:a, p0})
end
defmodule N do
  def a(p0), do: (fn "s" -> 1; "t" -> 2; x -> x end).(p0)
  def b(p0), do: (fn {"s", 1} -> 1; {_, 2} -> 2 end).({p0, 3})
  def c(p0), do: (fn ["s" | _] -> 1; [] -> 2 end).([p0])
  def d(p0), do: (fn "s", 1 -> 1; _, 2 -> 2 end).(p0, 3)
  def e(p0) do
    case {p0, :a} do
      {"s", :b} -> 1
      {_, :a} -> 2
    end
  end
  def f(p0) do
    case {p0, 1} do
      {"s", x} when x > 2 -> 1
      _ -> 2
    end
  end
  def g(p0), do: (fn "s", x when x > 5 -> 1; _, _ -> 2 end).(p0, 3)
  def h(p0), do: (fn %{"s" => 1} -> 1; _ -> 2 end).(%{"s" => p0})
end
IO.inspect({M.d("s"), N.a("s")})
