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
