defmodule Money do
  defstruct [:cents, currency: :EUR]

  def new(cents, cur \\ :EUR), do: %Money{cents: cents, currency: cur}

  defimpl String.Chars do
    def to_string(%Money{cents: c, currency: cur}) do
      sign = if c < 0, do: "-", else: ""
      c = abs(c)
      units = c |> div(100) |> Integer.to_string() |> group()
      "#{sign}#{units}.#{c |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")} #{cur}"
    end

    defp group(s) do
      s
      |> String.reverse()
      |> String.graphemes()
      |> Enum.chunk_every(3)
      |> Enum.map_join(",", &Enum.join/1)
      |> String.reverse()
    end
  end

  defimpl Inspect do
    def inspect(m, _opts), do: "#Money<#{m}>"
  end
end

defmodule Matrix do
  defstruct rows: []

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Matrix{rows: rows}, opts) do
      row_docs = Enum.map(rows, fn row -> container_doc("[", row, "]", opts, &to_doc/2, separator: ",") end)
      concat(["#Matrix<", nest(concat([line() | Enum.intersperse(row_docs, line())]), 2), line(), ">"])
    end
  end
end

defmodule Tree do
  defstruct [:value, children: []]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Tree{value: v, children: []}, opts), do: concat(["(", to_doc(v, opts), ")"])

    def inspect(%Tree{value: v, children: kids}, opts) do
      group(
        concat([
          "(",
          to_doc(v, opts),
          nest(concat(Enum.map(kids, fn k -> concat([break(" "), to_doc(k, opts)]) end)), 2),
          ")"
        ])
      )
    end
  end
end

defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct [:user, :password]
end

defmodule Point3 do
  @derive {Inspect, except: [:cache]}
  defstruct x: 0, y: 0, z: 0, cache: nil
end

defmodule Main do
  def run do
    IO.puts(Money.new(123_456_789))
    IO.puts(Money.new(-5, :USD))
    IO.inspect([Money.new(100), Money.new(250_00, :GBP)])
    IO.inspect(%{total: Money.new(99)}, label: "map")
    IO.puts("Total: #{Money.new(1_000_00)}")

    IO.inspect(%Matrix{rows: [[1, 2, 3], [4, 5, 6]]})
    IO.inspect(%Matrix{rows: [Enum.to_list(1..30), [:a]]})

    small = %Tree{value: 1, children: [%Tree{value: 2}, %Tree{value: 3}]}
    IO.inspect(small)
    big = %Tree{value: :root, children: for(i <- 1..6, do: %Tree{value: String.duplicate("n", i * 3), children: [%Tree{value: i}]})}
    IO.inspect(big)
    IO.inspect(big, width: 40)

    IO.inspect(%Secret{user: "ann", password: "hunter2"})
    IO.inspect(%Point3{x: 1, cache: %{big: :data}})
    IO.inspect([%Secret{user: "a"}], structs: false)

    doc = Inspect.Algebra.glue("hello", " ", "world")
    IO.puts(Inspect.Algebra.format(doc, 5) |> IO.iodata_to_binary())
    IO.puts(Inspect.Algebra.format(Inspect.Algebra.group(doc), 80) |> IO.iodata_to_binary())

    items = Enum.map(1..12, &"item#{&1}")
    d = Inspect.Algebra.container_doc("{", items, "}", %Inspect.Opts{limit: 5}, fn s, _ -> s end, separator: ";")
    IO.puts(Inspect.Algebra.format(d, 30) |> IO.iodata_to_binary())

    IO.inspect(Enum.to_list(1..100), limit: 10)
    IO.inspect(%{a: [1, 2, %{b: "x"}]}, pretty: true, width: 10)
    IO.inspect("héllo" <> <<0>>, binaries: :as_strings)
    IO.inspect(<<104, 105>>, binaries: :as_binaries)
    IO.inspect([104, 105], charlists: :as_lists)
    IO.inspect(255, base: :hex)
    IO.inspect(-255, base: :binary)
    IO.inspect(1234567.5, label: "float")
    IO.inspect({:ok, "a\nb"}, syntax_colors: [])
    IO.inspect(%{"key" => :v, 1 => 2, {:t} => [a: 1]})
    IO.inspect([a: 1, b: 2], custom_options: [x: 1])
    IO.puts(inspect(:"with space") <> " " <> inspect(:ok?) <> " " <> inspect(:"Elixir.Foo") <> " " <> inspect(:+))
  end
end

Main.run()
