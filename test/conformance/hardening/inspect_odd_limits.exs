# Inspect options at and past their edges: limit 0 and negative, printable_limit 0 and negative,
# width 0 and negative, as Elixir 1.14 renders or refuses them.
defmodule Pair do
  defstruct [:a, :b]
end

defimpl Inspect, for: Pair do
  import Inspect.Algebra
  def inspect(p, opts), do: container_doc("#Pair<", [p.a, p.b], ">", opts, &to_doc/2)
end

show = fn label, f ->
  try do
    IO.puts("#{label}: #{f.()}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

data = [1, [2, 3], %{a: "hello", b: 'abc'}, {:x, "a long string here"}, 1..5, MapSet.new([1, 2])]
terms = [
  data, "hello world", 'hello', %{a: 1, b: 2}, {1, 2, 3}, <<1, 2, 3>>, "", [], {}, %{},
  [a: 1], [1 | 2], struct(Pair, a: 1, b: [2])
]

for opts <- [
      [limit: -1], [limit: 0], [limit: 1], [printable_limit: 0], [printable_limit: -1],
      [printable_limit: 1], [width: 0], [width: -1], [width: 1, pretty: true],
      [width: 0, pretty: true], [limit: 0, pretty: true], [charlists: :as_lists, limit: -1],
      [binaries: :as_binaries, printable_limit: -1], [charlists: :as_lists, printable_limit: -1]
    ],
    term <- terms do
  show.("#{inspect(opts)} #{inspect(term)}", fn -> inspect(term, opts) end)
end

try do
  inspect([1, 2], printable_limit: -1)
rescue
  _ -> IO.inspect(hd(__STACKTRACE__))
end

try do
  inspect("ab", printable_limit: -1)
rescue
  _ -> IO.inspect(hd(__STACKTRACE__))
end
