defmodule Tour do
  def run do
    # multiple generators and filters
    triples = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
    IO.inspect(triples, label: "pythagorean")

    # pattern in generator skips non-matching
    results = [ok: 1, error: :x, ok: 2, ok: 3, error: :y]
    IO.inspect(for({:ok, v} <- results, do: v * 10), label: "oks")

    # into a map, with keyword destructuring
    prices = %{"apple" => 0.5, "kiwi" => 0.25, "mango" => 1.75}
    IO.inspect(for({k, v} <- prices, v < 1, into: %{}, do: {String.to_atom(k), v * 2}), label: "cheap")

    # into a string
    IO.inspect(for(<<c <- "hello world">>, c != ?o, into: "", do: <<c - 32>>), label: "upcase")
    IO.inspect(for(c <- ~c"abc", into: "", do: <<c, c>>), label: "doubled")

    # binary generator with size
    pixels = <<255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20>>
    IO.inspect(for(<<r::8, g::8, b::8 <- pixels>>, do: {r, g, b}), label: "rgb")

    # reduce:
    {evens, odds} =
      for n <- 1..10, reduce: {0, 0} do
        {e, o} when rem(n, 2) == 0 -> {e + n, o}
        {e, o} -> {e, o + n}
      end
    IO.inspect({evens, odds}, label: "sums")

    counts =
      for word <- String.split("the cat and the hat and the bat"), reduce: %{} do
        acc -> Map.update(acc, word, 1, &(&1 + 1))
      end
    IO.inspect(counts, label: "counts")

    # uniq:
    IO.inspect(for(x <- [3, 1, 3, 2, 1, 4], uniq: true, do: x * 2), label: "uniq")
    IO.inspect(for(w <- ~w(a B b A c), uniq: true, do: String.downcase(w)), label: "uniq words")

    # nested with into MapSet
    IO.inspect(for(x <- 1..3, y <- 1..3, x != y, into: MapSet.new(), do: Enum.sort([x, y])), label: "pairs")

    # into a list with existing elements (Collectable)
    IO.inspect(for(x <- 1..3, into: [0], do: x), label: "into list")

    # generators depending on earlier vars, and filters with function calls
    grid = for row <- 0..2, col <- 0..row, do: {row, col}
    IO.inspect(grid, label: "triangle")

    # comprehension over map with guard in filter
    stock = %{apple: 3, pear: 0, fig: 12}
    IO.inspect(for({fruit, n} when n > 0 <- stock, do: fruit) |> Enum.sort(), label: "in stock")

    # into IO.stream
    for line <- ["one", "two"], into: IO.stream(:stdio, :line), do: "> " <> line <> "\n"

    # nested for building a multiplication table string
    table =
      for i <- 1..4, into: "" do
        row = for j <- 1..4, into: "", do: String.pad_leading(Integer.to_string(i * j), 4)
        row <> "\n"
      end
    IO.write(table)

    # reduce with early values and uniq over tuples
    IO.inspect(for({k, _} <- [a: 1, b: 2, a: 3], uniq: true, do: k), label: "uniq keys")
    IO.inspect(for(x <- [], reduce: :empty, do: (_ -> :never)), label: "reduce empty")
    IO.inspect(for(<<x <- "abc">>, y <- [1, 2], do: {x, y}) |> length(), label: "mixed")
    IO.inspect(for(<<_::4, low::4 <- <<0x12, 0x34, 0xAB>> >>, do: low), label: "nibbles")
  end
end

Tour.run()
