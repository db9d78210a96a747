# The value of a case of one clause, or of a fn of one clause applied on the spot, is its body's value to
# the compiler (the match is moved into that clause): a pattern that cannot match it is reported.
defmodule G1 do
  def g1(p0), do: ((:r = (fn
      1 -> nil
      end).(p0)))
  def g2(p0), do: (:r = (fn 1 -> nil end).(p0))
  def g3(p0) do
    :r = (fn 1 -> nil end).(p0)
  end
  def g5(p0), do: (:r = (fn 1 -> nil; 2 -> :r end).(p0))
end
defmodule G2 do
  def a(p0) do
    :r = case p0 do
      1 -> nil
    end
  end
  def b(p0) do
    :r = case p0 do
      1 -> nil
      _ -> raise "no"
    end
  end
  def c(p0) do
    :r = case p0 do
      1 -> nil
      _ -> :r
    end
  end
  def d(p0) do
    {:b, _} = (fn 1 -> {:a, p0} end).(p0)
  end
  def e(p0) do
    :r = (fn 1 -> IO.puts("x"); nil end).(p0)
  end
  def f(p0) do
    x = (fn 1 -> nil end).(p0)
    :r = x
  end
  def g(p0) do
    [:r] = (fn 1 -> [nil] end).(p0)
  end
  def h(p0) do
    :r = (fn {1, _} -> nil end).({p0, 1})
  end
  def i(p0) do
    x = (fn 1 -> :r end).(p0)
    :r = x
  end
end
defmodule G3 do
  def a(p) do
    x = case p do 1 -> :a end
    if x, do: 1, else: 2
  end
  def b(p) do
    case (case p do 1 -> :a end) do
      :b -> 1
      _ -> 2
    end
  end
  def c(p) do
    y = case p do {a} -> a end
    :r = y
  end
  def d(p) do
    z = (fn x -> x end).(1)
    :r = z
    p
  end
  def e(p) do
    x = case p do 1 -> :a end
    x && p
  end
  def f(p) do
    x = case p do 1 when p > 0 -> {:ok, p} end
    {:error, _} = x
  end
  def g(p) do
    x = case p do 1 -> :a end
    case x do
      :b -> 1
      :c -> 2
    end
  end
  def h(p) do
    :r = with 1 <- p, do: nil
  end
end
