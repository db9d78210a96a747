# A write to standard output waits for the io server's reply, and the processes ready to run run
# meanwhile: a message sent just before two prints is handled between them, and two processes
# printing in turn interleave their lines.
pid = spawn(fn -> receive do msg -> IO.puts("got #{msg}") end end)
send(pid, "hi")
IO.puts("sent")
IO.puts("done")
Process.sleep(20)

spawn(fn -> for i <- 1..5, do: IO.puts("child #{i}") end)
for i <- 1..5, do: IO.puts("parent #{i}")
Process.sleep(20)

spawn(fn -> IO.puts("spawned") end)
IO.puts("first")
IO.puts("second")
Process.sleep(20)

# a process waiting for a reply only runs once the reply is there
{:ok, agent} = Agent.start_link(fn -> 0 end)
for i <- 1..3 do
  Agent.cast(agent, fn n -> IO.puts("agent #{n}"); n + i end)
  IO.puts("cast #{i}")
end
IO.inspect(Agent.get(agent, & &1), label: "sum")
