defmodule Main do
  def run do
    parent = self()
    for {name, delay} <- [c: 60, a: 20, b: 40] do
      spawn(fn -> Process.sleep(delay); send(parent, {:woke, name}) end)
    end
    order = for _ <- 1..3, do: receive(do: ({:woke, n} -> n))
    IO.inspect(order)
    t0 = System.monotonic_time(:millisecond)
    Process.sleep(50)
    IO.inspect(System.monotonic_time(:millisecond) - t0 >= 50)
    :timer.sleep(10)
    IO.puts("done")
  end
end

Main.run()
