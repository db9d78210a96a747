# Process aliases: a GenServer reply that arrives after the caller timed out is dropped (OTP 24+)
defmodule Slow do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, {:slept, ms}, s}
  end
  def handle_call(:later, from, s) do
    Process.send_after(self(), {:answer, from}, 300)
    {:noreply, s}
  end
  def handle_info({:answer, from}, s) do
    GenServer.reply(from, :late_answer)
    {:noreply, s}
  end
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start_link(Slow, nil)
    result =
      try do
        GenServer.call(pid, {:sleep, 400}, 100)
      catch
        :exit, {reason, {GenServer, :call, _}} -> {:exited, reason}
      end
    IO.inspect(result)
    Process.sleep(600)
    IO.inspect(Process.info(self(), :message_queue_len))
    result2 =
      try do
        GenServer.call(pid, :later, 100)
      catch
        :exit, {reason, _} -> {:exited, reason}
      end
    IO.inspect(result2)
    Process.sleep(500)
    receive do
      msg -> IO.inspect({:unexpected, msg})
    after
      0 -> IO.puts("no stray reply")
    end
    IO.inspect(GenServer.call(pid, {:sleep, 1}))

    # aliases by hand
    a = :erlang.alias()
    send(a, :through_alias)
    receive do: (:through_alias -> IO.puts("got a message through the alias"))
    IO.inspect(:erlang.unalias(a))
    send(a, :dropped)
    IO.inspect(:erlang.unalias(a))
    once = :erlang.alias([:reply])
    send(once, 1)
    send(once, 2)
    Process.sleep(50)
    IO.inspect(Process.info(self(), :messages))
    receive do: (1 -> :ok)
    ref = :erlang.monitor(:process, pid, alias: :demonitor)
    parent = self()
    spawn(fn -> send(ref, {:via_monitor_alias, self() != parent}) end)
    receive do: ({:via_monitor_alias, x} -> IO.inspect(x))
    Process.demonitor(ref)
    send(ref, :after_demonitor)
    Process.sleep(50)
    IO.inspect(Process.info(self(), :message_queue_len))
    ref2 = :erlang.monitor(:process, pid, alias: :reply_demonitor)
    send(ref2, :first)
    send(ref2, :second)
    Process.sleep(50)
    IO.inspect(Process.info(self(), :messages))
    IO.inspect(Process.demonitor(ref2, [:info]))
    send(make_ref(), :nobody)
    IO.puts("sending to a plain reference is fine")
  end
end

Main.run()
