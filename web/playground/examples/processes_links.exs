# Processes and links: spawn, send/receive, a linked crash trapped as an :EXIT message.
parent = self()

pid = spawn(fn ->
  receive do
    {:ping, from} -> send(from, {:pong, self()})
  end
end)

send(pid, {:ping, parent})

receive do
  {:pong, ^pid} -> IO.puts("got pong from #{inspect(pid)}")
end

Process.flag(:trap_exit, true)
worker = spawn_link(fn -> exit(:boom) end)

receive do
  {:EXIT, ^worker, reason} -> IO.puts("linked process exited: #{inspect(reason)}")
end

# many processes, each answers with its square
pids = for n <- 1..6, do: spawn(fn -> send(parent, {:square, n, n * n}) end)
squares = for _ <- pids, do: (receive do {:square, n, sq} -> {n, sq} end)
IO.inspect(Enum.sort(squares), label: "squares")

# a monitor reports why a process ended (an exit reason; a raise would also log an error report)
ref = Process.monitor(spawn(fn -> exit(:crash) end))

receive do
  {:DOWN, ^ref, :process, _pid, reason} -> IO.puts("monitored process died: #{reason}")
end
