# A definition with unquote fragments is checked as the module body made it: a fragment's value
# may read the clause's variables (Macro.var(:x, nil) is the parameter x), and the others are
# still reported
defmodule Gen do
  @factor 3
  var = Macro.var(:x, nil)
  def triple(x, y), do: unquote(var) * @factor
  def quad(x, unused), do: unquote(var) * @missing

  def keyed(map, z) do
    k = unquote(:a)
    Map.get(map, k)
  end

  def fine(a), do: a + unquote(1)

  for n <- 1..2 do
    args = Macro.generate_arguments(n, __MODULE__)
    def sum(unquote_splicing(args)), do: Enum.sum(unquote(args))
  end
end

IO.inspect({Gen.triple(1, 2), Gen.keyed(%{a: 1}, 0), Gen.fine(1), Gen.sum(1, 2)})
