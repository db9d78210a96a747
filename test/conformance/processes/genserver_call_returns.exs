defmodule Shapes do
  use GenServer
  def init(s), do: {:ok, s}

  def handle_call(:reply, _f, s), do: {:reply, :plain, s}
  def handle_call(:reply_timeout, _f, s), do: {:reply, :with_timeout, s, 20}
  def handle_call(:reply_continue, _f, s), do: {:reply, :with_continue, s, {:continue, :after_reply}}
  def handle_call(:noreply_later, from, s) do
    Process.send_after(self(), {:late_reply, from}, 10)
    {:noreply, s}
  end
  def handle_call(:stop_reply, _f, s), do: {:stop, :normal, :stopping_now, s}
  def handle_call(:log, _f, s), do: {:reply, Enum.reverse(s), s}

  def handle_info(:timeout, s), do: {:noreply, [:timeout | s]}
  def handle_info({:late_reply, from}, s) do
    GenServer.reply(from, :delayed)
    {:noreply, [:late | s]}
  end
  def handle_continue(:after_reply, s), do: {:noreply, [:continued | s]}

  def terminate(reason, s), do: IO.puts("terminate #{inspect(reason)} with #{inspect(Enum.reverse(s))}")
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Shapes, [])
    for req <- [:reply, :reply_timeout] do
      IO.inspect(GenServer.call(pid, req))
    end
    Process.sleep(60)
    for req <- [:reply_continue, :noreply_later, :log] do
      IO.inspect(GenServer.call(pid, req))
    end
    ref = Process.monitor(pid)
    IO.inspect(GenServer.call(pid, :stop_reply))
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "down")
    end
  end
end

Main.run()
