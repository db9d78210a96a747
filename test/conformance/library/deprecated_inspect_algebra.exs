# Inspect.Algebra beyond the basics in custom Inspect implementations: flex_break/flex_glue,
# force_unfit, next_break_fits, collapse_lines, no_limit, the is_doc guard, container_doc with a
# separator and the limit, and the deprecated surround/surround_many (warnings compared).
defmodule Money do
  defstruct [:amount, :currency]
end

defimpl Inspect, for: Money do
  import Inspect.Algebra

  def inspect(%Money{amount: a, currency: c}, opts) do
    concat(["#Money<", to_doc(a, opts), flex_break(" "), Atom.to_string(c), ">"])
  end
end

defmodule Basket do
  defstruct items: [], owner: nil
end

defimpl Inspect, for: Basket do
  import Inspect.Algebra

  def inspect(%Basket{items: items, owner: owner}, opts) do
    items_doc = container_doc("[", items, "]", opts, &to_doc/2, separator: ";")
    force_unfit(flex_glue(concat("#Basket<", to_doc(owner, opts)), next_break_fits(concat(items_doc, ">"))))
  end
end

defmodule Legacy do
  defstruct [:tags]
end

defimpl Inspect, for: Legacy do
  import Inspect.Algebra
  def inspect(%Legacy{tags: tags}, opts) do
    Inspect.Algebra.surround("#Legacy<", Inspect.Algebra.surround_many("{", tags, "}", opts, &to_doc/2), ">")
  end
end

defmodule Guarded do
  import Inspect.Algebra
  def kind(doc) when is_doc(doc), do: :doc
  def kind(_), do: :not_doc
end

defmodule Main do
  def run do
    IO.inspect(%Money{amount: 12, currency: :eur})
    IO.inspect(%Basket{items: [%Money{amount: 1, currency: :usd}, 2, :three], owner: "ann"})
    IO.inspect(%Basket{items: Enum.to_list(1..10), owner: "bob"}, limit: 4)
    IO.inspect(%Legacy{tags: [:a, :b, "c"]})
    IO.inspect(Enum.map(["x", :doc_nil, :doc_line, 3, [1]], &Guarded.kind/1))
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.no_limit(Inspect.Algebra.concat("no", "limit")), 80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.concat(["a", Inspect.Algebra.collapse_lines(2), "b"]), 80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.flex_glue("a", "b"), 80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.flex_glue("a", ",", "b"), 80) |> IO.iodata_to_binary())
  end
end

Main.run()
