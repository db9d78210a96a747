IO.inspect(a: Kernel.max 1, 2)
