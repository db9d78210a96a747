defmodule Main do
  def run do
    parent = self()
    pids = for i <- 1..3 do
      spawn(fn ->
        receive do
          {:work, n} -> send(parent, {:result, i, n * i})
        end
      end)
    end
    Enum.each(pids, &send(&1, {:work, 10}))
    results = for _ <- pids do
      receive do
        {:result, i, v} -> {i, v}
      after 2000 -> :timeout
      end
    end
    IO.inspect Enum.sort(results)
    ref = make_ref()
    send(self(), {ref, :hello})
    receive do {^ref, msg} -> IO.inspect(msg) end
    send(self(), :b); send(self(), :a)
    receive do :a -> IO.puts("got a first (selective)") end
    receive do :b -> IO.puts("then b") end
    receive do _ -> :unexpected after 0 -> IO.puts("mailbox empty") end
    {pid, mref} = spawn_monitor(fn -> exit(:boom) end)
    receive do {:DOWN, ^mref, :process, ^pid, reason} -> IO.inspect(reason) end
    Process.flag(:trap_exit, true)
    linked = spawn_link(fn -> exit(:linked_exit) end)
    receive do {:EXIT, ^linked, reason} -> IO.inspect({:exit, reason}) end
    IO.inspect Process.info(self(), :message_queue_len)
    Process.put(:key, "value")
    IO.inspect Process.get(:key)
    IO.inspect Process.delete(:key)
    IO.inspect Process.get(:key, :default)
    Process.register(self(), :main_proc)
    IO.inspect Process.whereis(:main_proc) == self()
    IO.inspect is_pid(self()) and is_reference(ref)
    timer = Process.send_after(self(), :later, 50)
    IO.inspect is_integer(Process.read_timer(timer))
    receive do :later -> IO.puts("later arrived") after 2000 -> IO.puts("no") end
    IO.inspect Process.cancel_timer(timer)
  end
end

Main.run()
