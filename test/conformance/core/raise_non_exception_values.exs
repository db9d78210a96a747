# raise/1 of a value known only at run time: a string, a module, an exception struct are raised;
# anything else, a map with __exception__: true but no __struct__ included, is ArgumentError.
values = [
  "plain message",
  ArgumentError,
  %RuntimeError{message: "a struct"},
  %{__exception__: true},
  %{__exception__: true, __struct__: "not an atom", message: "m"},
  %{a: 1},
  {:a, 1},
  5
]

for v <- values do
  try do
    raise Enum.at([v], 0)
  rescue
    e -> IO.inspect(e)
  end
end

try do
  reraise Enum.at([%{__exception__: true}], 0), []
rescue
  e -> IO.inspect(e)
end

raise Enum.at([%{__exception__: true, message: "uncaught"}], 0)
