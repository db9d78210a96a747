# A pure BIF or operator of values the compiler knows is folded to a literal: a case on a list of
# it is a case on a literal, whose clauses of another type are not reported
defmodule Folded do
  def f() do
    a = 1
    b = a * 10
    case [k: b] do
      %{k: k} -> k
      _ -> 0
    end
  end
  def g(x) do
    b = x * 10
    case [k: b] do
      %{k: k} -> k
      _ -> 0
    end
  end
  def h() do
    b = length([1])
    case [k: b] do
      %{k: k} -> k
      _ -> 0
    end
  end
end
# length/1 of a list written out whose tail is a constant: sys_core_fold walks its cells to the
# tail, so the call is known to fail whatever the elements; a variable in a clause whose pattern
# binds the case's constant subject is that constant, whatever the clause's guard says
defmodule Lengths do
  def a(x, y), do: length([x, y | 3])
  def b(), do: length([1, 2 | 3])
  def c(x), do: length([x | :a])
  def d(x), do: length([x | []])
  def e(x, t), do: length([x | t])
  def f(x), do: hd([x | 3])
  def g(x) do
    case nil do
      y when is_float(y) -> y * 2
      _ -> x
    end
  end
  def h(x, y), do: length([x | [y | {1}]])
end
