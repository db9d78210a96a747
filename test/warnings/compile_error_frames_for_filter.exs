for n <- [1, 2], limit, do: n
