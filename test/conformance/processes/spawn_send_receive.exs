parent = self()
pid = spawn(fn ->
  receive do
    {:ping, from} -> send(from, :pong)
  end
end)
send(pid, {:ping, parent})
receive do
  :pong -> IO.puts("got pong")
end
IO.inspect(is_pid(pid))
IO.inspect(pid != self())
Process.sleep(10)
IO.inspect(Process.alive?(pid))
send(self(), :hello)
receive do
  msg -> IO.inspect(msg, label: "to self")
end
results = for i <- 1..5 do
  spawn(fn -> send(parent, {:result, i, i * i}) end)
end
IO.inspect(length(results))
squares = for _ <- 1..5 do
  receive do
    {:result, i, sq} -> {i, sq}
  end
end
IO.inspect(Enum.sort(squares))
