defmodule Poller do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts) do
    IO.puts("init")
    {:ok, %{ticks: 0, max: opts[:max], log: []}, {:continue, :warmup}}
  end

  @impl true
  def handle_continue(:warmup, s) do
    IO.puts("warming up")
    Process.send_after(self(), :tick, 10)
    {:noreply, %{s | log: [:warm | s.log]}}
  end

  def handle_continue(:after_call, s) do
    IO.puts("continued after call")
    {:noreply, s}
  end

  @impl true
  def handle_info(:tick, %{ticks: t, max: max} = s) when t + 1 >= max do
    IO.puts("last tick #{t + 1}")
    {:stop, :normal, %{s | ticks: t + 1}}
  end

  def handle_info(:tick, s) do
    IO.puts("tick #{s.ticks + 1}")
    Process.send_after(self(), :tick, 10)
    {:noreply, %{s | ticks: s.ticks + 1}, 1000}
  end

  def handle_info(:timeout, s) do
    IO.puts("idle timeout")
    {:noreply, s}
  end

  @impl true
  def handle_call(:state, _from, s), do: {:reply, s, s, {:continue, :after_call}}

  @impl true
  def terminate(reason, s), do: IO.puts("stopped #{inspect(reason)} after #{s.ticks}")
end

defmodule Main do
  def run do
    {:ok, pid} = Poller.start_link(max: 3)
    ref = Process.monitor(pid)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    after
      2000 -> IO.puts("never stopped")
    end
    t = Process.send_after(self(), :later, 5000)
    IO.inspect(is_integer(Process.read_timer(t)))
    IO.inspect(is_integer(Process.cancel_timer(t)))
    IO.inspect(Process.cancel_timer(t))
    {:ok, tref} = :timer.send_interval(5, :ping)
    pings = for _ <- 1..3 do
      receive do
        :ping -> :ping
      end
    end
    IO.inspect(pings)
    IO.inspect(:timer.cancel(tref))
    Process.sleep(20)
    flush = fn flush -> receive do :ping -> flush.(flush) after 0 -> :flushed end end
    IO.inspect(flush.(flush))
    {us, val} = :timer.tc(fn -> Enum.sum(1..1000) end)
    IO.inspect({is_integer(us), val})
    IO.inspect(:timer.seconds(3))
    IO.inspect(:timer.minutes(2))
    IO.inspect(:timer.hms(1, 2, 3))
    Process.put(:counter, 1)
    Process.put(:counter, Process.get(:counter) + 1)
    IO.inspect(Process.get(:counter))
    IO.inspect(Process.delete(:counter))
    IO.inspect(Process.get(:counter, :gone))
    IO.inspect(Process.info(self(), :message_queue_len))
    send(self(), {:a, 1})
    send(self(), {:b, 2})
    receive do
      {:b, v} -> IO.inspect(v, label: "selective b")
    end
    receive do
      msg -> IO.inspect(msg, label: "then")
    end
    {:ok, p2} = Poller.start_link(max: 100)
    IO.inspect(GenServer.call(p2, :state).log)
    Process.unlink(p2)
    GenServer.stop(p2, :shutdown)
    IO.inspect(Process.alive?(p2))
    IO.inspect(System.convert_time_unit(1, :second, :millisecond))
    IO.inspect(is_integer(System.monotonic_time(:millisecond)))
  end
end

Main.run()
