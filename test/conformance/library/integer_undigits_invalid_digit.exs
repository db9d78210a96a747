for {l, b} <- [{[1, 2, 3], 2}, {[10], 10}, {[1, 99999999999999999999], 10}, {[-1, 5], 10}, {[], 3}, {[1, 0], 36}, {[40], 37}] do
  try do
    IO.inspect Integer.undigits(l, b)
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
Integer.undigits([5], 3)
