# A task process waits for its owner's go before it runs: Process.info(task.pid, :messages)
# right after Task.async or Task.Supervisor.async shows it as Elixir 1.14 sends it ({owner,
# alias, alias to reply to, callers, {m, f, args}}); then the mailbox as the process itself and
# others see it, inside a receive that skipped messages, and after it
{:ok, sup} = Task.Supervisor.start_link()
t = Task.Supervisor.async(sup, fn -> receive do x -> x end end)
IO.inspect(Process.info(t.pid, :messages))
t2 = Task.Supervisor.async_nolink(sup, Kernel, :+, [1, 2])
IO.inspect(Process.info(t2.pid, [:message_queue_len, :messages]))
send(t.pid, 1)
IO.inspect({Task.await(t), Task.await(t2)})
Process.put(:"$callers", [:c1])
t3 = Task.async(fn -> receive do x -> x end end)
IO.inspect(Process.info(t3.pid, :messages))
send(t3.pid, 1)
IO.inspect(Task.await(t3))

send(self(), :a)
send(self(), :b)
send(self(), {:c, 1})
IO.inspect(Process.info(self(), [:message_queue_len, :messages]))

receive do
  {:c, x} -> IO.inspect({x, Process.info(self(), :message_queue_len), Process.info(self(), :messages)})
end

parent = self()

pid =
  spawn(fn ->
    receive do
      :go -> send(parent, {:inside, Process.info(self(), :message_queue_len), Process.info(self(), :messages)})
    end

    receive do: (:never -> :ok)
  end)

send(pid, :x1)
send(pid, :x2)
send(pid, :go)
receive do: (m -> IO.inspect(m))
send(pid, :x3)
Process.sleep(10)
IO.inspect(Process.info(pid, [:message_queue_len, :messages, :status]))
