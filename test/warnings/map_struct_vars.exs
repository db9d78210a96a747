defmodule P do
  defstruct [:name, :age]
  def name(%P{name: n, age: a}), do: n
  def key(%{"k" => v, "other" => o}), do: v
end
IO.inspect(P.name(struct(P, name: "x", age: 1)))
