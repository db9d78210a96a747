# the library's structs enforce the keys Elixir 1.14 enforces (beamlet built them with nil), and
# Inspect.Range shows any first/last/step, a range without :step too (found by fuzz-diff seed 9901)
for m <- [Range, Version, Date, Time, NaiveDateTime, DateTime, Date.Range, Task, MapSet, URI, Regex, Stream] do
  try do
    struct!(m, [])
    IO.puts("#{inspect(m)}: ok")
  rescue
    e -> IO.puts("#{inspect(m)}: #{Exception.message(e)}")
  end
end

try do
  struct!(Range, first: 1, last: 2)
rescue
  e -> IO.inspect(e)
end

IO.inspect(struct(Range, first: 1))
IO.inspect(%{__struct__: Range, first: :a, last: :b, step: 1})
IO.inspect(%{__struct__: Range, first: :b, last: :a, step: 1})
IO.inspect(%{__struct__: Range, first: 1.0, last: 2, step: 1.0})
IO.inspect(%{__struct__: Range, first: 5, last: 1, step: -1})
IO.inspect(%{__struct__: Range, first: "a", last: [1], step: 1}, limit: 1)
IO.inspect(%{__struct__: Range, first: 1, last: 2})
IO.inspect(%{__struct__: Range, first: 1, last: 2, step: 1, x: 1})
IO.inspect(%{__struct__: Range, first: 5, last: 1})
IO.inspect(%{__struct__: Range, first: 5, last: 1, step: 1})
IO.inspect([1..2, %{__struct__: Range, first: 1, last: 3, step: 2}], pretty: true, width: 5)
