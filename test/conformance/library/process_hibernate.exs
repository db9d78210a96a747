# Process.hibernate/3 and :erlang.hibernate/3: the process waits (status :waiting) until a message
# comes, then runs the function with it still in the mailbox (a server hibernating after each
# message); a message already there wakes it at once; bad arguments.
defmodule Sleeper do
  def loop(parent, n) do
    receive do
      {:ping, from} ->
        send(from, {:pong, n})
        Process.hibernate(__MODULE__, :loop, [parent, n + 1])

      :stop ->
        send(parent, {:stopping, n})
        :done
    end
  end

  def start(parent), do: Process.hibernate(__MODULE__, :loop, [parent, 0])
end

defmodule Main do
  def run do
    me = self()
    pid = spawn(fn -> Sleeper.start(me) end)
    ref = Process.monitor(pid)
    wait_status(pid)
    IO.inspect(Process.info(pid, :status))
    for _ <- 1..3 do
      send(pid, {:ping, me})
      receive do: ({:pong, n} -> IO.inspect({:pong, n}))
    end
    wait_status(pid)
    IO.inspect(Process.info(pid, :message_queue_len))
    send(pid, :stop)
    receive do: ({:stopping, n} -> IO.inspect({:stopping, n}))
    receive do: ({:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect({:down, reason}))

    early = spawn(fn ->
      send(self(), :already)
      :erlang.hibernate(Kernel, :send, [me, :woke_at_once])
    end)
    receive do: (:woke_at_once -> IO.inspect(:woke_at_once))
    _ = early

    for args <- [["k", :f, []], [Kernel, :f, :notalist]] do
      try do
        apply(:erlang, :hibernate, args)
      rescue
        e -> IO.inspect(e.__struct__)
      end
    end
  end

  defp wait_status(pid) do
    case Process.info(pid, :status) do
      {:status, :waiting} -> :ok
      _ -> Process.sleep(5); wait_status(pid)
    end
  end
end

Main.run()
