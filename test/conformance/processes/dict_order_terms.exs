# Process.get_keys/0 with binary and tuple keys: OTP hashes them with its internal term hash (a
# binary's bytes through Jenkins' block hash, a tuple's arity then each element, an immediate by
# its word: a small integer, an atom by its index), so they are listed in that order
spawn(fn ->
  for i <- 1..40, do: Process.put("k#{i}", i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..30, do: Process.put({:count, i}, i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..30, do: Process.put({i, "x#{i}"}, i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- -20..20, do: Process.put({i, -i * 1000000007}, i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  for i <- 1..20, do: Process.put({:user, i, {:ok, "n#{i}"}}, i)
  IO.inspect(Process.get_keys())
  :erlang.erase()
  Process.put("", 1); Process.put({}, 2); Process.put({:ok}, 3); Process.put(<<0, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13>>, 4)
  IO.inspect(Process.get_keys())
end)
Process.sleep(100)
