# match?/2 is a case on its value: what its pattern binds is unused unless its guard reads it
defmodule M do
  def ok?(x), do: match?({:ok, value}, x)
  def guarded?(x), do: match?(v when v > 1, x)
  def prefixed?(x), do: match?("a" <> rest, x)
  def head?(x), do: match?([h | _t], x)

  def pinned?(x) do
    y = 1
    match?(^y, x)
  end

  def nested?(x), do: match?(%{a: aa, b: [bb | cc]}, x)
  def underscored?(x), do: match?({_ignored, _}, x)
end

IO.inspect({M.ok?({:ok, 1}), M.guarded?(2), M.prefixed?("ab"), M.head?([1]), M.pinned?(1), M.nested?(%{}), M.underscored?({1, 2})})
v = 3
IO.inspect(match?({^v, w}, {3, 4}))
IO.inspect(match?({u}, {3}))
