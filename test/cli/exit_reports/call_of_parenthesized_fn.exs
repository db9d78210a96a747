(fn -> 1 end)(1)
