# {:shutdown, N}: elixir halts with status N at once, quietly (the spawned process never prints)
spawn(fn -> Process.sleep(200); IO.puts("late") end)
IO.puts("before the exit")
exit({:shutdown, 4})
