# 'do:' after an expression gets Elixir's explanation of do blocks and keyword arguments.
x = 1 do: 2
