for x when x = 1 <- [1], do: x
