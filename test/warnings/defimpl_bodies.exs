# defimpl bodies get the warnings of a module's: unused variables, and the protocol as the
# module's behaviour (@impl, functions the protocol requires); a nested defimpl's module is known
defprotocol Shape do
  def area(s)
  def name(s)
end

defimpl Shape, for: Map do
  def area(map) when map_size(map) == 0, do: 0
  def area(_map), do: 1
  def name(x), do: "map"
end

defmodule Sq do
  defstruct [:side]

  defimpl Shape do
    @impl true
    def area(%{side: s}), do: s * s
    def name(s), do: "square"
  end

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(sq, opts) do
      unused = 1
      concat(["#Sq<", to_doc(sq.side, opts), ">"])
    end
  end
end

defimpl Shape, for: [Integer, Float] do
  def area(n), do: n
  def name(x), do: "num"
end

defimpl Shape, for: Atom do
  @impl true
  def area(_), do: 0
end

defimpl Enumerable, for: Tuple do
  @impl true
  def count(_), do: {:error, __MODULE__}
  @impl true
  def foo(_), do: 1
end

IO.inspect({Shape.area(struct(Sq, side: 3)), Shape.Sq.__impl__(:for), Shape.Sq.module_info(:module)})
