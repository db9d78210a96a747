defmodule Main do
  def run do
    r1 = Task.async_stream(1..6, fn i -> Process.sleep(rem(7 - i, 3) * 10); i * i end) |> Enum.to_list()
    IO.inspect(r1)
    r2 = Task.async_stream(1..6, fn i -> Process.sleep(rem(7 - i, 3) * 10); i end, ordered: false) |> Enum.map(&elem(&1, 1)) |> Enum.sort()
    IO.inspect(r2)
    r3 = Task.async_stream([10, 500, 20], fn ms -> Process.sleep(ms); ms end, timeout: 200, on_timeout: :kill_task) |> Enum.to_list()
    IO.inspect(r3)
    r4 = Task.async_stream(["a", "bb", "ccc"], &String.length/1, max_concurrency: 1) |> Enum.reduce(0, fn {:ok, n}, acc -> acc + n end)
    IO.inspect(r4)
    tasks = [Task.async(fn -> :quick end), Task.async(fn -> Process.sleep(400); :slow end)]
    IO.inspect(Task.yield_many(tasks, 100) |> Enum.map(fn {_t, res} -> res end))
    Enum.each(tasks, &Task.shutdown(&1, :brutal_kill))
  end
end

Main.run()
