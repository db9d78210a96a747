# Keyword.validate/2 and validate!/2 as Elixir 1.14's: an invalid entry is ArgumentError unless a key
# not allowed came before it (then no clause of validate/5 matches), and validate! tells duplicate
# allowed keys from unknown ones
for {kw, vals} <- [
  {[{:a, 1}, {"s", 2}], []},
  {[:x], [:a]},
  {[a: 1, b: 2], [:a]},
  {[a: 1], [a: 5, b: 2]},
  {[a: 1, c: 3, d: 4], [:a, b: 2]},
  {[a: 1], ["b"]},
  {[a: 1], [{"b", 1}]},
  {[a: 1, a: 2], [:a]},
  {[b: 1], [:a, :a]},
  {[], [:a, b: 1, c: 2]},
  {[{:a, 1, 2}], [:a]},
  {[{1, 2}], [:a]},
  {[a: 1, a: 2, b: 3], [:a]},
  {[b: 3, a: 1, a: 2], [:a]},
  {[a: 1, a: 2, a: 3], [:a, b: 1]},
  {[a: 1, a: 2, c: 1, c: 2], [:a, :c]},
] do
  try do
    IO.inspect(Keyword.validate(kw, vals))
  rescue
    e -> IO.inspect(e)
  end
  try do
    IO.inspect(Keyword.validate!(kw, vals))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
try do
  Keyword.validate([{"s", 2}], [])
rescue
  e -> IO.puts(Exception.message(e))
end
