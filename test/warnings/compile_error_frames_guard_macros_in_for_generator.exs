for x when is_binary(x) and String.length(x) > 1 <- ["a"], do: x
