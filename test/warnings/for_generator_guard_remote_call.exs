for x when String.length(x) > 1 <- ["a"], do: x
