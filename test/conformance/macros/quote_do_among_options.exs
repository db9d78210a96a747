# quote(opts, do: body) refuses :do among its options (elixir_expand's validate_opts), as
# `quote [do: 1], do: 2` is; quote(line: 5, do: x) takes its options and body from one list
IO.inspect(quote(line: 5, do: x))
IO.inspect(quote([line: 6], do: x))
IO.inspect(quote [do: 1], do: 2)
