defmodule Main do
  def run do
    parent = self()
    n = 10_000
    pids = for i <- 1..n, do: spawn(fn -> send(parent, {:sq, i * i}) end)
    IO.inspect(length(Enum.uniq(pids)))
    total = Enum.reduce(1..n, 0, fn _, acc -> receive(do: ({:sq, v} -> acc + v)) end)
    IO.inspect(total)
    waiting = for _ <- 1..1000, do: spawn(fn -> receive do: (:go -> send(parent, :went)) end)
    Process.sleep(20)
    IO.inspect(Enum.count(waiting, &Process.alive?/1))
    Enum.each(waiting, &send(&1, :go))
    for _ <- waiting, do: receive(do: (:went -> :ok))
    Process.sleep(20)
    IO.inspect(Enum.count(waiting, &Process.alive?/1))
  end
end

Main.run()
