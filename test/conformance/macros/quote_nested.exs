# nested quotes keep the inner unquote; quoting quote, fn, case and maps
inner = quote do
  quote do: unquote(x) + 1
end
IO.inspect(inner)
IO.inspect(quote(do: fn x, y -> x + y end))
IO.inspect(quote(do: (case a do
  1 -> :one
  _ -> :other
end)))
IO.inspect(quote(do: %{a: 1, "b" => [2]}))
IO.inspect(quote(do: %URI{host: h}))
IO.inspect(quote(do: <<a::8, rest::binary>>))
IO.inspect(quote(do: &Enum.map(&1, fn x -> x end)))
IO.inspect(quote(do: @attr))
IO.inspect(quote(do: try(do: x, rescue: (e -> e))))
key = :dynamic
IO.inspect(quote(do: %{unquote(key) => 1}))
