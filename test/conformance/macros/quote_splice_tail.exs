# unquote_splicing in a list's tail position (tail_list) and a spliced value that is no list
# (ArgumentError from :elixir_quote.list/2), as Elixir's quote builds them
IO.inspect quote(do: [unquote_splicing([1, 2]) | t])
IO.inspect quote(do: [0, unquote_splicing([1, 2]) | t])
IO.inspect quote(do: [0, unquote_splicing([1, 2]) | [3]])

IO.inspect (try do quote(do: [unquote_splicing(1)]) rescue e -> e end)
IO.inspect (try do quote(do: [0, unquote_splicing(:a), 2]) rescue e -> e end)
IO.inspect (try do quote(do: f(unquote_splicing(%{}))) rescue e -> e end)
IO.inspect (try do quote(do: [unquote_splicing(1) | t]) rescue e -> e end)
IO.inspect quote(do: f(1, unquote_splicing([2, 3]), 4))
