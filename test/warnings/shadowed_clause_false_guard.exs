defmodule G do
  def f1(:a), do: 1
  def f1(:a) when false, do: 2
  def f2(x), do: x
  def f2(y) when false, do: y
  def f3(:a) when false, do: 1
  def f3(:a), do: 2
  def f3(:a), do: 3
  def f4(x) do
    case x do
      1 -> :one
      1 when false -> :two
      _ -> :other
    end
  end
  def f5(x) when 1 > 2, do: x
  def f5(x), do: x
  def f5(_), do: 0
  def f6(x), do: (fn :a -> 1; :a when false -> 2; _ -> 3 end).(x)
end
IO.inspect {G.f1(:a), G.f2(1), G.f3(:a), G.f4(1), G.f5(1), G.f6(:b)}
