unused = 1
{pid, ref} = spawn_monitor(fn -> exit(:done) end)
receive do
  {:DOWN, ^ref, _, ^pid, reason} -> IO.inspect(reason)
after
  1000 -> :timeout
end
