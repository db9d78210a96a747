# A fn applied on the spot whose clauses do not match: which function the FunctionClauseError
# names. Erlang's compiler inlines the fn when its arguments are variables or literals (or
# tuples and lists of them); the error is then the enclosing function's own when the fn takes
# as many arguments and sits on that function's first line, else it comes from a function
# `-f/1-inlined-N-`. Applied to a value a case branches on (case, if, cond, &&, !, with), only
# a fn capturing variables is inlined.
defmodule Parser do
  def digit(c), do: (fn ?0 -> 0; ?1 -> 1 end).(c)
  def pair(a, b), do: (fn :x, :y -> :ok end).(a, b)
  def second(_a, b), do: (fn :y -> :ok end).(b)
  def tagged(c), do: {:ok, (fn ?0 -> 0 end).(c)}
  def known(_c), do: (fn 1 -> :one end).(2)
  def guarded(c) when is_integer(c), do: (fn x when x > 100 -> x end).(c)
  def nested(c), do: (fn {1, _} -> :a end).({c, [c | c]})

  def later(c) do
    (fn 1 -> :one end).(c)
  end

  def multi(0), do: :zero
  def multi(c), do: (fn 1 -> :one end).(c)

  def computed(c), do: (fn 1 -> :one end).(c + 1)
  def mapped(c), do: (fn 1 -> :one end).(%{c: c})
  def text(c), do: (fn "1" -> :one end).("#{c}")
  def computed_closure(c), do: (fn 1 -> {:one, c} end).(c + 1)

  def cased(c), do: (case (fn 1 -> :one end).(c) do :one -> 1; _ -> 2 end)
  def cased_any(c), do: (case (fn 1 -> :one end).(c) do x -> x end)
  def cased_closure(c), do: (case (fn 1 -> {c} end).(c) do {_} -> 1; _ -> 2 end)
  def iffed(c), do: if((fn 1 -> :one end).(c), do: 1, else: 2)
  def anded(c), do: (fn 1 -> :one end).(c) && :ok
  def negated(c), do: !(fn 1 -> :one end).(c)
  def conded(c), do: (cond do (fn 1 -> :one end).(c) -> 1; true -> 2 end)
  def withed(c), do: (with :one <- (fn 1 -> :one end).(c), do: 1)
  def withed_closure(c), do: (with {_} <- (fn 1 -> {c} end).(c), do: 1)
  def matched(c), do: (:one = (fn 1 -> :one end).(c))
  def tried(c), do: try(do: (fn 1 -> :one end).(c), after: :ok)
  def bound(c), do: (f = fn 1 -> :one end; f.(c))
  def inner(c), do: Enum.map([c], fn q -> (fn 1 -> :one end).(q) end)
  def inner_closure(c), do: Enum.map([c], fn q -> (fn 1 -> :one end).(c + q - q) end)
end

calls = [
  digit: [?7], pair: [:x, :z], second: [:x, :z], tagged: [?7], known: [1], guarded: [5],
  nested: [2], later: [2], multi: [2], computed: [2], mapped: [2], text: [2], computed_closure: [2], cased: [2],
  cased_any: [2], cased_closure: [2], iffed: [2], anded: [2], negated: [2], conded: [2],
  withed: [2], withed_closure: [2], matched: [2], tried: [2], bound: [2], inner: [2],
  inner_closure: [2]
]

for {name, args} <- calls do
  try do
    apply(Parser, name, args)
  rescue
    e in FunctionClauseError ->
      IO.puts("#{name}: #{Exception.message(e)}")
      IO.inspect(Enum.take(__STACKTRACE__, 2), label: "  frames")
  end
end
