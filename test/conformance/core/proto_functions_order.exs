# __protocol__(:functions) lists {name, arity} in sorted order, and only
# the protocol's own functions (not plain Kernel.def helpers inside it)
defprotocol Shape do
  def perimeter(s)
  def area(s)
  def scale(s, k)
  def area(s, unit)
  Kernel.def describe(s), do: "area #{__MODULE__.area(s)}"
end

defimpl Shape, for: Integer do
  def perimeter(n), do: 4 * n
  def area(n), do: n * n
  def scale(n, k), do: n * k
  def area(n, unit), do: "#{n * n} #{unit}"
end

IO.inspect(Shape.__protocol__(:functions))
IO.inspect(Shape.describe(3))
IO.inspect(Shape.area(3, "cm2"))
IO.inspect(Enumerable.__protocol__(:functions))
IO.inspect(Collectable.__protocol__(:functions))
IO.inspect(String.Chars.__protocol__(:functions))
IO.inspect(List.Chars.__protocol__(:functions))
IO.inspect(Inspect.__protocol__(:functions))
