with {:ok, x} <- 1 <> [2], foo: 1
