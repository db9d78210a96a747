# The exit signal of a process whose init failed comes after proc_lib's crash report, later than
# start_link's {:error, _}: it reaches a caller that goes on to wait (here in a sleep) and kills it
# there, after what it printed first.
Agent.start_link(fn -> exit(:boom) end)
IO.puts("printed before the exit arrives")
Process.sleep(100)
IO.puts("never printed")
