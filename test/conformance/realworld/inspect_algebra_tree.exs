defmodule Tree do
  defstruct [:value, children: []]

  def leaf(v), do: %Tree{value: v}
  def node(v, kids), do: %Tree{value: v, children: kids}

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Tree{value: v, children: []}, opts), do: concat(["leaf(", to_doc(v, opts), ")"])

    def inspect(%Tree{value: v, children: kids}, opts) do
      open = concat(["node(", to_doc(v, opts), ", ["])
      container_doc(open, kids, "])", opts, &@for.inspect/2, separator: ",", break: :flex)
    end
  end
end

defmodule Matrix do
  defstruct rows: []

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{rows: rows}, opts) do
      width = rows |> List.flatten() |> Enum.map(&(inspect(&1) |> String.length())) |> Enum.max(fn -> 1 end)

      docs =
        Enum.map(rows, fn row ->
          row
          |> Enum.map(&(inspect(&1) |> String.pad_leading(width)))
          |> Enum.intersperse(" ")
          |> concat()
          |> then(&concat(["[", &1, "]"]))
        end)

      body = Enum.reduce(Enum.intersperse(docs, line()), empty(), &concat(&2, &1))
      group(concat([color("#Matrix<", :map, opts), nest(concat(line(), body), 2), line(), ">"]))
    end
  end
end

defmodule Money do
  defstruct [:amount, :currency]

  defimpl Inspect do
    def inspect(%{amount: a, currency: c}, _opts), do: "#Money<#{a} #{c}>"
  end

  defimpl String.Chars do
    def to_string(%{amount: a, currency: c}), do: "#{:erlang.float_to_binary(a / 1, decimals: 2)} #{c}"
  end
end

defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct [:user, :password, :token]
end

defmodule Doc do
  import Inspect.Algebra

  def demo do
    doc = group(glue(glue("alpha", "beta"), "gamma"))
    IO.puts(format(doc, 80) |> IO.iodata_to_binary())
    IO.puts(format(doc, 10) |> IO.iodata_to_binary())

    nested = group(concat(["call(", nest(concat([break(""), "arg_one,", break(), "arg_two"]), 4), break(""), ")"]))
    IO.puts(format(nested, 80) |> IO.iodata_to_binary())
    IO.puts(format(nested, 12) |> IO.iodata_to_binary())

    flex = Enum.reduce(~w(one two three four five six seven), empty(), fn w, acc -> flex_glue(acc, w) end)
    IO.puts(format(flex, 20) |> IO.iodata_to_binary())
    IO.puts(format(space("a", "b") |> concat(line()) |> concat(string("z")), 80) |> IO.iodata_to_binary())
    IO.puts(format(fold_doc(["x", "y", "z"], &glue(&1, ", ", &2)), 80) |> IO.iodata_to_binary())
  end
end

defmodule Main do
  def run do
    big = Tree.node(:root, [Tree.node(:left, Enum.map(1..6, &Tree.leaf/1)), Tree.leaf("str"), Tree.node(:right, [Tree.leaf(%{k: [1, 2]})])])
    IO.inspect(Tree.leaf(1))
    IO.inspect(big)
    IO.inspect(big, width: 40)
    IO.inspect(big, limit: 3)
    IO.inspect(big, structs: false, limit: 4, width: 60)
    IO.inspect(%Matrix{rows: [[1, 20, 3], [400, 5, 6], [7, 8, -9]]})
    IO.inspect([%Matrix{rows: [[1]]}, :after], width: 20)
    IO.inspect(%Money{amount: 12, currency: :EUR})
    IO.puts("total: #{%Money{amount: 12.5, currency: :USD}}")
    IO.inspect(%Secret{user: "ann", password: "hunter2", token: "abc"})
    IO.inspect(%Secret{user: "ann", password: "hunter2"}, structs: false)
    IO.inspect([255, 16, 7], base: :hex)
    IO.inspect(<<1, 2, 255>>, base: :hex)
    IO.inspect(0b1010, base: :binary)
    IO.inspect(8, base: :octal)
    IO.inspect('abc', charlists: :as_lists)
    IO.inspect([104, 105], charlists: :as_charlists)
    IO.inspect("abc" <> <<0>>, binaries: :as_strings)
    IO.inspect("héllo", binaries: :as_binaries)
    IO.inspect(Enum.to_list(1..30), limit: 5)
    IO.inspect(%{a: Enum.to_list(1..5), b: "x"}, pretty: true, width: 10)
    IO.inspect({:ok, [nested: [deep: [list: Enum.to_list(1..12)]]]}, pretty: true, width: 30)
    IO.inspect("long string here", printable_limit: 4)
    IO.inspect(1_000_000.0)
    IO.inspect(-0.0)
    IO.inspect(1.0e-10)
    IO.inspect(123456789012345678.0)
    IO.inspect(:"with space")
    IO.inspect(:"Elixir.Foo")
    IO.inspect(:foo?)
    IO.inspect(:"foo@bar")
    IO.inspect(%{"key" => 1, :atom => 2, 3 => 4})
    IO.inspect(MapSet.new([3, 1, 2]))
    IO.inspect(1..10//2)
    IO.inspect(~r/ab+c/iu)
    IO.inspect(&String.upcase/1)
    IO.inspect(self() |> is_pid())
    Doc.demo()
    IO.puts(inspect(big, pretty: true, width: 30, syntax_colors: [atom: :cyan]))
    Inspect.Algebra.format(:not_a_doc, 80)
  end
end

Main.run()
