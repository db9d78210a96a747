# A variable written twice in a pattern, or a pin, is an equality check the Erlang compiler folds:
# known false, "this check/guard will always yield the same result" twice; a check on an argument
# leaves the match unreported unless its shape does not fit; variables a match binds to known
# values are known to the statements after it.
defmodule W do
  def a1 do
    {y, y} = {1, 2}
    y
  end
  def a2 do
    [y, y] = [1, 2]
    y
  end
  def a3 do
    {y, y, 3} = {1, 2, 3}
    y
  end
  def a4 do
    {y, y, y} = {1, 2, 1}
    y
  end
  def a5(v) do
    {y, y} = {1, v}
    y
  end
  def a6 do
    {y, y} = {1, 1}
    y
  end
  def b1 do
    x = 2
    ^x = 1
    x
  end
  def b2 do
    x = 2
    [^x] = [1]
    x
  end
  def b3(v) do
    x = 2
    {^x, ^v} = {1, 3}
    x
  end
  def b4(v) do
    {^v, 1} = {1, 2}
    v
  end
  def b5(v) do
    {^v} = {1}
    v
  end
  def b6 do
    x = 2
    {^x, y} = {2, 3}
    y
  end
  def b7 do
    x = :a
    {^x, x} = {:a, :b}
    x
  end
  def b8 do
    x = 1
    ^x = 1
    :ok
  end
  def c1 do
    {y, y} = {1, 1}
    {z, 1} = {y, 2}
    z
  end
  def d1 do
    x = 2
    {^x, 1} = {2, 2}
    x
  end
  def d2 do
    x = 2
    {^x, 1} = {1, 2}
    x
  end
  def d3 do
    {y, y, 1} = {1, 2, 2}
    y
  end
  def d5(v) do
    {y, y, 1} = {1, 2, v}
    y
  end
  def d6(v) do
    {y, y} = {v, 2}
    y
  end
  def d7(v) do
    {y, y, 1} = {v, v, 2}
    y
  end
  def d8 do
    {y, y} = {{1, 2}, {1, 3}}
    y
  end
  def e1 do
    x = 1
    {^x, ^x} = {1, 2}
  end
  def e3(v) do
    {y, y, {}} = {1, 2, v}
    y
  end
  def m1 do
    x = 2
    match?(^x, 1)
  end
  def m2, do: match?({y, y}, {1, 2})
end
