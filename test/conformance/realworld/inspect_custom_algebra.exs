defmodule Money do
  defstruct [:amount, :currency]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Money{amount: a, currency: c}, opts) do
      concat(["#Money<", to_doc(a, opts), " ", color(Atom.to_string(c), :atom, opts), ">"])
    end
  end
end

defmodule Matrix do
  defstruct rows: []

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{rows: rows}, opts) do
      container_doc("#Matrix[", rows, "]", opts, fn row, o -> to_doc(row, o) end, separator: ";", break: :strict)
    end
  end
end

defmodule Main do
  def run do
    m = %Money{amount: 12.5, currency: :eur}
    IO.inspect(m)
    IO.inspect([m, m], label: "wallet")
    IO.inspect(%{price: m})
    IO.inspect(%Matrix{rows: [[1, 2, 3], [4, 5, 6]]})
    IO.inspect(%Matrix{rows: Enum.map(1..8, fn i -> Enum.to_list(i..(i + 8)) end)})
    IO.inspect(Enum.to_list(1..30), limit: 10)
    IO.inspect(Enum.to_list(1..60), width: 40)
    IO.inspect(%{a: "x", b: [1, 2], c: %{d: :e}}, pretty: true, width: 20)
    IO.inspect("a long binary string here", printable_limit: 5)
    IO.inspect(<<1, 2, 3, 4, 5, 6>>, limit: 3)
    IO.inspect(255, base: :hex)
    IO.inspect([10, 20], base: :binary)
    IO.inspect('abc', charlists: :as_lists)
    IO.inspect(:"hello world")
    IO.inspect(:"Elixir.Foo.Bar")
    IO.inspect(:+)
    IO.inspect(:"foo?")
    IO.inspect(:"9x")
    IO.inspect([a: 1, b: 2])
    IO.inspect([{:a, 1}, {"b", 2}])
    IO.inspect(%{"key" => 1, :atom => 2, 3 => 4})
    IO.inspect({:ok, %{nested: [tuple: {1, 2}]}})
    IO.inspect(1..10//2)
    IO.inspect(MapSet.new([3, 1, 2]))
    IO.inspect(fn x -> x end |> is_function())
    IO.inspect(&String.upcase/1)
    IO.inspect(&Enum.map/2)
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.glue("a", "b"), 80) |> IO.iodata_to_binary())
    doc = Inspect.Algebra.nest(Inspect.Algebra.concat(["[", Inspect.Algebra.break(""), "x", "]"]), 2)
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.group(doc), 2) |> IO.iodata_to_binary())
    IO.puts(inspect(%{z: 1, a: 2}, custom_options: [sort_maps: true]))
    IO.puts(inspect(%{b: 1, a: 2}))
    IO.puts(inspect(Map.new(1..40, &{&1, &1})) |> String.length())
    IO.inspect(%{__struct__: NotAStruct, a: 1})
    IO.inspect(%URI{host: "x"}, structs: false)
    IO.inspect([1, [2, [3, [4, [5]]]]], limit: 3)
    IO.inspect({1, 2, 3, 4, 5}, limit: 2)
    IO.inspect(%{a: 1, b: 2, c: 3}, limit: 2)
    IO.inspect(String.duplicate("abc ", 30))
    IO.inspect([String.duplicate("x", 50), String.duplicate("y", 50)])
    IO.inspect(self() |> is_pid())
    IO.inspect(make_ref() |> is_reference())
    IO.inspect(Kernel.inspect(1.0, pretty: true))
  end
end

Main.run()
