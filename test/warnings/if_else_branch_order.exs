# `if` expands to a case whose first clause is the else branch: its warnings come first
defmodule Branches do
  def check(x) do
    if x do
      result = :yes
    else
      result = :no
    end
  end

  def negated(x) do
    unless x do
      r = 1
    else
      r = 2
    end
  end

  def inline(x) do
    if x, do: (q = 1), else: (q = 2)
  end

  def nested(x, y) do
    if x do
      if y, do: (a = 1), else: (b = 2)
    else
      c = 3
    end
  end
end

IO.inspect Branches.check(true)
IO.inspect Branches.nested(false, true)
