# a struct with its own Inspect implementation (or a derived one: #Name<...>) inside a list, tuple,
# map or struct is inspected with the container's limit less its position, as Inspect's
# container_doc hands it: [#S<...>] at limit: 1
defmodule P do
  defstruct [:v]
  defimpl Inspect do
    def inspect(p, opts), do: "#P<#{p.v} l=#{inspect(opts.limit)}>"
  end
end
defmodule Box do
  defstruct items: []
  defimpl Inspect do
    import Inspect.Algebra
    def inspect(b, opts), do: concat(["#Box<", to_doc(b.items, opts), ">"])
  end
end
defmodule D do
  @derive {Inspect, only: [:a, :b]}
  defstruct a: nil, b: nil, c: nil
end
defmodule Plain do
  defstruct x: nil, y: nil
end
defmodule Main do
  def run do
    p = fn v -> %P{v: v} end
    IO.inspect %{p.(1) => p.(2)}, limit: 5
    IO.inspect [p.(1) | p.(2)], limit: 5
    IO.inspect %Box{items: Enum.map(1..5, p)}, limit: 4
    IO.inspect [%Box{items: Enum.map(1..5, p)}, %Box{items: [p.(9)]}], limit: 4
    IO.inspect %D{a: p.(1), b: [p.(2), p.(3)]}, limit: 3
    IO.inspect %Plain{x: p.(1), y: p.(2)}, limit: 5
    IO.inspect MapSet.new([p.(1), p.(2)]), limit: 5
    IO.inspect [p.(1), p.(1), p.(1)], limit: :infinity
    IO.inspect [p.(1), p.(1), p.(1)], limit: 2
    IO.inspect {p.(1)}, label: "lbl", limit: 3
    IO.inspect [p.(1)], structs: false
    IO.puts inspect([[p.(1)], p.(2)], limit: 7, pretty: true, width: 10)
    IO.inspect Enum.map(1..3, p)
    IO.inspect 1..2 |> Stream.map(& &1) |> then(&[&1, p.(4)]), limit: 3
    IO.inspect [a: p.(1), b: p.(2)], limit: 9
    for l <- [1, 2, 3] do
      IO.inspect [%D{a: 1, b: 2}], limit: l
      IO.inspect {%D{a: 1, b: 2}, %D{}}, limit: l
      IO.inspect %{k: %D{a: 1}}, limit: l
    end
  end
end
Main.run()
