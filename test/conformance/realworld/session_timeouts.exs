defmodule Session do
  use GenServer

  @idle 200

  def start(user, parent), do: GenServer.start(__MODULE__, {user, parent})
  def touch(pid), do: GenServer.call(pid, :touch)
  def info(pid), do: GenServer.call(pid, :info)

  @impl true
  def init({user, parent}) do
    timer = Process.send_after(self(), :expire, @idle * 5)
    {:ok, %{user: user, parent: parent, touches: 0, hard: timer}, @idle}
  end

  @impl true
  def handle_call(:touch, _from, s), do: {:reply, :ok, %{s | touches: s.touches + 1}, @idle}
  def handle_call(:info, _from, s) do
    left = Process.read_timer(s.hard)
    {:reply, {s.user, s.touches, is_integer(left) and left > 0}, s, @idle}
  end

  @impl true
  def handle_info(:timeout, s) do
    send(s.parent, {:idle_timeout, s.user, s.touches})
    {:stop, :normal, s}
  end

  def handle_info(:expire, s) do
    send(s.parent, {:hard_expire, s.user})
    {:stop, {:shutdown, :expired}, s}
  end
end

defmodule Main do
  def run do
    {:ok, a} = Session.start("ann", self())
    ref = Process.monitor(a)
    for _ <- 1..3, do: :ok = Session.touch(a)
    IO.inspect(Session.info(a), label: "info")
    IO.inspect(Process.info(a, :status) |> elem(0), label: "status key")
    receive do
      {:idle_timeout, user, n} -> IO.puts("#{user} idle after #{n} touches")
    after
      5000 -> IO.puts("no idle timeout")
    end
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "ann down")
    end

    {:ok, b} = Session.start("bob", self())
    ref_b = Process.monitor(b)
    keepalive = spawn(fn -> loop_touch(b) end)
    receive do
      {:hard_expire, user} -> IO.puts("#{user} hit the hard limit")
    after
      5000 -> IO.puts("no hard expire")
    end
    receive do
      {:DOWN, ^ref_b, :process, _, reason} -> IO.inspect(reason, label: "bob down")
    end
    Process.exit(keepalive, :kill)

    t = Process.send_after(self(), :never, 10_000)
    left = Process.cancel_timer(t)
    IO.inspect(is_integer(left) and left > 9_000, label: "cancelled with time left")
    IO.inspect(Process.cancel_timer(t), label: "cancel again")
    IO.inspect(Process.read_timer(t), label: "read cancelled")
    t2 = :erlang.start_timer(50, self(), :ping)
    receive do
      {:timeout, ^t2, :ping} -> IO.puts("start_timer fired")
    end
    {:ok, tref} = :timer.send_interval(30, :tick)
    ticks = for _ <- 1..3, do: (receive do :tick -> :tick end)
    {:ok, :cancel} = :timer.cancel(tref)
    IO.inspect(ticks, label: "interval ticks")
    receive do
      :tick -> IO.puts("late tick (allowed once)")
    after
      100 -> :ok
    end
    receive do
      :tick -> IO.puts("tick after cancel!")
    after
      100 -> IO.puts("no ticks after cancel")
    end
    {time, :done} = :timer.tc(fn -> Process.sleep(20); :done end)
    IO.inspect(time >= 20_000, label: "tc measured the sleep")
  end

  defp loop_touch(pid) do
    Process.sleep(50)
    try do
      Session.touch(pid)
      loop_touch(pid)
    catch
      :exit, _ -> :ok
    end
  end
end

Main.run()
