# IO.inspect reads opts[:label] as Elixir 1.14 does: the first one counts, and nil or false prints
# no label (beamlet printed ': value'); custom Inspect implementations too
IO.inspect(1, label: nil)
IO.inspect(2, label: false)
IO.inspect(3, label: :lab)
IO.inspect(4, label: 'cl')
IO.inspect(5, label: 1.5)
IO.inspect(6, label: "")
IO.inspect(:stdio, 7, label: nil)
IO.inspect(8, label: "x", label: nil)
IO.inspect(9, label: nil, label: "x")
IO.inspect(10, [label: "a"] ++ [width: 5])
defmodule P do
  defstruct a: 1
  defimpl Inspect do
    def inspect(_, _), do: "#P<>"
  end
end
IO.inspect(%P{}, label: nil)
IO.inspect(%P{}, label: "p", label: "q")
IO.inspect([1, 2], label: false, width: 3)
