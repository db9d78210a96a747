defmodule Semaphore do
  def start(n), do: spawn(fn -> loop(n, [], 0) end)
  defp loop(free, waiting, max_seen) do
    receive do
      {:acquire, pid} when free > 0 ->
        send(pid, :granted); loop(free - 1, waiting, max_seen)
      {:acquire, pid} ->
        loop(free, waiting ++ [pid], max_seen)
      {:release, in_use} ->
        max_seen = max(max_seen, in_use)
        case waiting do
          [p | rest] -> send(p, :granted); loop(free, rest, max_seen)
          [] -> loop(free + 1, [], max_seen)
        end
      {:max, from} -> send(from, {:max, max_seen}); loop(free, waiting, max_seen)
    end
  end
end

defmodule Main do
  def run do
    sem = Semaphore.start(2)
    counter = spawn(fn -> count_loop(0) end)
    parent = self()
    for i <- 1..8 do
      spawn(fn ->
        send(sem, {:acquire, self()})
        receive do: (:granted -> :ok)
        send(counter, {:inc, self()})
        in_use = receive(do: ({:count, c} -> c))
        Process.sleep(5)
        send(counter, :dec)
        send(sem, {:release, in_use})
        send(parent, {:finished, i})
      end)
    end
    done = for _ <- 1..8, do: receive(do: ({:finished, i} -> i))
    IO.inspect(Enum.sort(done))
    send(sem, {:max, self()})
    receive do: ({:max, m} -> IO.inspect(m <= 2, label: "never more than 2 at once"))
  end

  def count_loop(n) do
    receive do
      {:inc, from} -> send(from, {:count, n + 1}); count_loop(n + 1)
      :dec -> count_loop(n - 1)
    end
  end
end

Main.run()
