# x || y and x && y are a case on x with a clause for false and nil: when the Erlang compiler
# knows x in full and it is neither, that clause's guard always yields the same result (warned at
# the operator's line). Not for nil or false, values known in part, variables bound again, a
# clause's own variables, if/!, or a script's top level.
defmodule M do
  def lit, do: 3 || 4
  def atom_var do
    x = :a
    x || 1
  end
  def string_var do
    x = "s"
    x && 1
  end
  def list_var do
    x = [1]
    x || 2
  end
  def tuple_var do
    x = {1, 2}
    x || 2
  end
  def map_var(a) do
    x = %{a: 1}
    x && a
  end
  def charlist_var(a) do
    x = 'abc'
    x && a
  end
  def through_var do
    x = :a
    y = x
    y || 1
  end
  def nested(a) do
    x = 3
    a + (x || 1)
  end
  def chained do
    x = :a
    x || 1 || 2
  end
  def from_tuple_match(a) do
    {x, y} = {1, a}
    x || y
  end
  def negative_int do
    x = -1
    x || 1
  end
  def nil_var do
    x = nil
    x && 1
  end
  def false_var(a) do
    x = false
    x || a
  end
  def partial_tuple(a) do
    x = {a, 1}
    x || 2
  end
  def partial_map(a) do
    x = %{k: a}
    x || 2
  end
  def interpolated(a) do
    x = "a#{a}"
    x || 2
  end
  def computed(a) do
    x = a + 1
    x || 2
  end
  def clause_var(a) do
    x = :ok
    case a do
      x -> x || 1
    end
  end
  def rebound(a) do
    _x = 1
    x = a
    x || 2
  end
  def right_side(a) do
    x = :ok
    a || x
  end
  def if_and_not do
    x = 1.5
    y = if x, do: 1, else: 2
    {y, !x}
  end
end

x = :a
IO.inspect(x || 1)
IO.inspect({M.lit(), M.atom_var(), M.string_var(), M.chained(), M.nil_var(), M.false_var(7), M.rebound(nil)})
