# literals, variables and attributes a block drops: Elixir names each (atoms and lists it leaves)
defmodule Literals do
  @limit 10
  def a do
    "text"
    :atom
    42
    1.5
    [1, 2]
    {1, 2}
    nil
    :done
  end
  def b(x) do
    x
    @limit
    @missing
    y = x + 1
    y
    if x do
      "inside"
      x
    end
  end
end
a = 1
"top"
a
IO.puts(Literals.b(1))
