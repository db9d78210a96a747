# Inspect.Algebra documents from user Inspect implementations laid out inside the term around them
# (IO.inspect, inspect pretty, limits), format/2 on every construct, and the document terms themselves.
defmodule Point do
  defstruct [:x, :y, :tags]
end

defimpl Inspect, for: Point do
  import Inspect.Algebra

  def inspect(%Point{x: x, y: y, tags: tags}, opts) do
    concat(["#Point<", to_doc(x, opts), ", ", to_doc(y, opts), " ", container_doc("[", tags, "]", opts, fn t, o -> to_doc(t, o) end), ">"])
  end
end

defmodule Bag do
  defstruct items: []
end

defimpl Inspect, for: Bag do
  import Inspect.Algebra

  def inspect(%Bag{items: items}, opts) do
    container_doc("#Bag<", items, ">", opts, &to_doc/2, separator: ";", break: :strict)
  end
end

defmodule Main do
  def run do
    alias Inspect.Algebra, as: A
    tags = Enum.map(1..30, &"tag#{&1}")
    IO.inspect(%Point{x: 1, y: 2, tags: tags})
    IO.inspect([%Point{x: 1, y: 2, tags: Enum.take(tags, 5)}, %Point{x: 3, y: 4, tags: Enum.take(tags, 12)}])
    IO.inspect(%Bag{items: Enum.to_list(1..40)})
    IO.inspect(%Bag{items: [%{a: 1, b: "two"}, {:three, 3}, [4, 5, 6], "a long string here"]}, width: 30)
    IO.inspect(%Bag{items: Enum.to_list(1..100)}, limit: 10)
    IO.puts(inspect(%{bag: %Bag{items: [1, 2, 3]}, point: %Point{x: 0, y: 0, tags: tags}}, pretty: true, width: 50))
    IO.inspect(A.format(A.glue("aaaaa", "bbbbb"), 5))
    IO.inspect(A.format(A.group(A.glue("aaaaa", "bbbbb")), 5))
    IO.inspect(A.format(A.group(A.glue("aaaaa", "bbbbb")), 80))
    doc = A.group(A.concat(["[", A.nest(A.concat(Enum.intersperse(Enum.map(1..20, &Integer.to_string/1), A.concat(",", A.break()))), 1), "]"]))
    IO.puts(A.format(doc, 20))
    IO.puts(A.format(A.nest(A.glue("x", A.glue("y", "z")), 4), 1))
    IO.puts(A.format(A.group(A.nest(A.glue("x", A.glue("y", "z")), 4, :break)), 1))
    IO.puts(A.format(A.group(A.nest(A.glue("x", A.glue("y", "z")), 4, :break)), 80))
    IO.puts(A.format(A.concat("abc", A.nest(A.line("d", "e"), :cursor)), 80))
    IO.puts(A.format(A.nest(A.concat("abc", A.nest(A.line("d", "e"), :reset)), 8), 80))
    IO.puts(A.format(A.group(A.concat(A.force_unfit(A.glue("a", "b")), A.glue("c", "d"))), 80))
    IO.puts(A.format(A.group(A.glue("a", A.group(A.glue("b", "c"), :inherit))), 3))
    IO.puts(A.format(A.group(A.glue("a", A.group(A.glue("b", "c"), :self))), 3))
    IO.puts(A.format(A.flex_glue(A.flex_glue("aaaa", "bbbb"), "cccc"), 9))
    IO.puts(A.format(A.concat([A.string("héllo"), A.break(), "wörld"]) |> A.group(), 11))
    IO.puts(A.format(A.concat(["a", A.line(), A.line(), A.line(), A.collapse_lines(2), A.line(), A.line(), "b"]), 80))
    IO.inspect(A.format(A.concat(["a", A.collapse_lines(2), "b"]), 80))
    IO.puts(A.format(A.group(A.concat(["f(", A.next_break_fits(A.group(A.concat(["[", A.nest(A.glue("1111111", "2222222"), 1), "]"]))), ")"])), 12))
    IO.puts(A.format(A.group(A.concat(["f(", A.next_break_fits(A.group(A.concat(["[", A.nest(A.glue("1111111", "2222222"), 1), "]"])), :disabled), ")"])), 12))
    IO.inspect(A.concat(["a", A.break(), A.string("b")]))
    IO.inspect(A.group(A.nest(A.glue("a", "b"), 2)))
    IO.inspect(A.to_doc([1, 2], %Inspect.Opts{}))
    IO.inspect(A.to_doc(%{a: 1}, %Inspect.Opts{}))
    IO.inspect(A.container_doc("[", [1, 2], "]", %Inspect.Opts{}, fn i, _ -> Integer.to_string(i) end))
    IO.inspect(A.no_limit("x"))
    IO.inspect(A.empty())
    IO.inspect(A.surround("(", "x", ")"))
    IO.inspect(A.fold_doc(["a", "b", "c"], &A.glue/2))
    IO.inspect(A.format(A.to_doc(Enum.to_list(1..30), %Inspect.Opts{width: 20}), 20))
    IO.puts(A.format(A.color("x", :atom, %Inspect.Opts{syntax_colors: [atom: :cyan]}), 80) |> IO.iodata_to_binary() |> inspect())
    IO.inspect(A.color("x", :atom, %Inspect.Opts{syntax_colors: [atom: :cyan]}))
  end
end

Main.run()
