defmodule Main do
  def run do
    timers = for i <- 1..10, do: {i, Process.send_after(self(), {:t, i}, i * 15)}
    cancelled = for {i, t} <- timers, rem(i, 3) == 0, do: (Process.cancel_timer(t); i)
    IO.inspect(cancelled, label: "cancelled")
    got = for _ <- 1..(10 - length(cancelled)), do: receive(do: ({:t, i} -> i))
    IO.inspect(got, label: "fired in order")
    receive do
      {:t, i} -> IO.puts("unexpected #{i}")
    after
      100 -> IO.puts("no cancelled timer fired")
    end
    t = Process.send_after(self(), :zero, 0)
    receive do: (:zero -> IO.puts("zero-delay timer"))
    IO.inspect(Process.cancel_timer(t), label: "cancel after fire")
    Process.register(self(), :timer_target)
    Process.send_after(:timer_target, :to_name, 10)
    receive do: (:to_name -> IO.puts("timer to a registered name"))
  end
end

Main.run()
