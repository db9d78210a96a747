r = receive do
  :never -> :got
after
  50 -> :timeout
end
IO.inspect(r)
send(self(), :ready)
r2 = receive do
  :ready -> :immediate
after
  0 -> :empty
end
IO.inspect(r2)
r3 = receive do
  :x -> :x
after
  0 -> :nothing_waiting
end
IO.inspect(r3)
parent = self()
spawn(fn -> Process.sleep(30); send(parent, :late) end)
r4 = receive do
  :late -> :arrived_in_time
after
  2000 -> :too_slow
end
IO.inspect(r4)
spawn(fn -> Process.sleep(300); send(parent, :very_late) end)
r5 = receive do
  :very_late -> :arrived
after
  50 -> :gave_up
end
IO.inspect(r5)
timeout = 10
r6 = receive do
after
  timeout -> :empty_receive_after
end
IO.inspect(r6)
IO.inspect(receive(do: (:q -> 1), after: (0 -> 2)))
