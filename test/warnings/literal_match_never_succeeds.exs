# The Erlang compiler folds a match whose value it knows: a value known in full that the pattern
# cannot match gives "this check/guard will always yield the same result"; one with unknown parts
# (a variable inside a list or tuple) gives "this clause cannot match because of different
# types/sizes" before it. A variable bound to a known value a statement before counts; what
# follows a match that always fails is dropped unseen; binaries are not folded; case clauses and
# matches that may succeed are not reported.
defmodule LiteralMatches do
  def int(x) do
    1 = 2
    3 = 4
    x
  end

  def empty(x) do
    [a] = []
    {a, x}
  end

  def empty_tail(x) do
    [h | t] = []
    {h, t, x}
  end

  def negative(x) do
    -1 = 1
    x
  end

  def list_element(x) do
    [1, a] = [2, x]
    a
  end

  def tuple_element(x) do
    {b, 1} = {x, 2}
    b
  end

  def list_length(x) do
    [c, d] = [x]
    {c, d}
  end

  def list_tail(x) do
    [1 | e] = [2 | x]
    e
  end

  def not_empty(x) do
    [] = [x]
    x
  end

  def bound(x) do
    y = [1, x]
    [2, z] = y
    z
  end

  def bound_int(x) do
    n = 1
    2 = n
    {x, n}
  end

  def rebound(x) do
    n = 1
    n = x
    2 = n
    n
  end

  def untouched(x) do
    "a" = "b"
    <<c>> = "ab"
    {:ok, y} = {:ok, x}
    {a, b} = x
    case 1 do
      2 -> :no
      _ -> {c, y, a, b}
    end
  end

  def in_fn(x) do
    f = fn -> 3 = 4 end
    {f, x}
  end
end
IO.puts(:ok)
