# Process.get_keys/0 with charlist, list, float and improper-list keys: OTP's internal term hash
# takes a list's bytes four at a time and its other elements in turn (the last tail marked), a
# float by its two 32-bit halves (-0.0 as 0.0), [] by its word; so they are listed in that order
spawn(fn ->
  for i <- 1..30, do: Process.put('k#{i}', i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..30, do: Process.put([i, 300 + i, "s"], i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..30, do: Process.put(i / 4, i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..20, do: Process.put([1, 2 | i], i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  Process.put([], 1); Process.put(-0.0, 2); Process.put('abcdefgh', 3); Process.put([[1], [2, [3]]], 4); Process.put({[], 'x', 1.5}, 5); Process.put([:ok, 'abc' | 'de'], 6)
  IO.inspect(Process.get_keys())
end)
Process.sleep(100)
