# Elixir 1.14 expands a with's clauses before it looks at its options: the `if` (given all the
# keywords, with none left for the with) refuses them first
with {:ok, _} <- if {1, 2}, do: [1, 2], else: 1, do: 3
