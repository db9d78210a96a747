IO.puts("before the exit")
exit(:normal)
IO.puts("not reached")
