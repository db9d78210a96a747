t1 = Process.send_after(self(), :tick, 30)
IO.inspect(is_reference(t1))
receive do
  :tick -> IO.puts("tick received")
end
t2 = Process.send_after(self(), :cancelled, 100)
left = Process.cancel_timer(t2)
IO.inspect(is_integer(left) and left > 0 and left <= 100)
receive do
  :cancelled -> IO.puts("should not arrive")
after
  150 -> IO.puts("cancelled timer never fired")
end
IO.inspect(Process.cancel_timer(t2))
t3 = Process.send_after(self(), :third, 50)
r = Process.read_timer(t3)
IO.inspect(is_integer(r) and r <= 50)
receive do: (:third -> IO.puts("third"))
IO.inspect(Process.read_timer(t3))
Process.send_after(self(), {:order, 3}, 60)
Process.send_after(self(), {:order, 1}, 20)
Process.send_after(self(), {:order, 2}, 40)
for _ <- 1..3, do: receive(do: ({:order, n} -> IO.inspect(n, label: "order")))
{:ok, tref} = :timer.send_after(10, self(), :erlang_timer)
receive do: (:erlang_timer -> IO.puts("erlang timer"))
_ = tref
