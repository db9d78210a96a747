# A user implementation delegating to the built-in ones (Inspect.List, Inspect.Map, Inspect.Any)
# gets documents that break across lines inside its own, as Elixir's implementations return.
defmodule Box do
  defstruct [:items, :meta]
end

defimpl Inspect, for: Box do
  import Inspect.Algebra

  def inspect(b, opts) do
    concat(["#Box<", Inspect.List.inspect(b.items, opts), " ", Inspect.Map.inspect(b.meta, opts), ">"])
  end
end

defmodule Tag do
  defstruct [:a]

  defimpl Inspect do
    def inspect(t, _opts), do: "Tag!#{t.a}"
  end
end

defmodule Main do
  def run do
    o = %Inspect.Opts{}
    IO.inspect(%Box{items: Enum.to_list(1..40), meta: %{a: String.duplicate("q", 50), b: Enum.to_list(1..20)}})
    IO.inspect([%Box{items: [%Tag{a: 1}], meta: %{t: %Tag{a: 2}}}])
    IO.inspect(Inspect.List.inspect([%Tag{a: 1}, 2], o))
    IO.inspect(Inspect.Any.inspect(%Tag{a: 1}, o))
    IO.inspect(Inspect.Any.inspect(%Box{items: [%Tag{a: 3}], meta: nil}, o))
    IO.inspect(Inspect.Map.inspect(%{q: %Tag{a: 1}}, o))
    IO.inspect(Inspect.Integer.inspect(255, %Inspect.Opts{base: :hex}))
    IO.inspect(Inspect.Tuple.inspect({1, "a"}, o))
    IO.puts(Inspect.Algebra.format(Inspect.Map.inspect(Map.new(1..30, &{&1, &1}), o), 30))
    IO.puts(Inspect.Algebra.format(Inspect.List.inspect(Enum.to_list(1..30), %Inspect.Opts{limit: 10}), 20))
  end
end

Main.run()
