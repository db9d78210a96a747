defmodule Main do
  def run do
    for i <- 1..100_000, do: send(self(), {:n, i})
    {:message_queue_len, len} = Process.info(self(), :message_queue_len)
    IO.inspect(len)
    {sum, ordered} =
      Enum.reduce(1..100_000, {0, true}, fn expected, {s, ok} ->
        receive do
          {:n, ^expected} -> {s + expected, ok}
          {:n, other} -> {s + other, false}
        end
      end)
    IO.inspect({sum, ordered})
    parent = self()
    sender = spawn(fn ->
      for i <- 1..1000, do: send(parent, {:from_sender, i})
    end)
    _ = sender
    got = for _ <- 1..1000, do: receive(do: ({:from_sender, i} -> i))
    IO.inspect(got == Enum.to_list(1..1000))
    big = Enum.to_list(1..10_000)
    spawn(fn -> send(parent, {:big, Enum.sum(big), length(big)}) end)
    receive do: ({:big, s, l} -> IO.inspect({s, l}))
  end
end

Main.run()
