parent = self()
n = 100_000
for i <- 1..n, do: spawn(fn -> send(parent, {:done, i}) end)
sum = Enum.reduce(1..n, 0, fn _, acc -> receive(do: ({:done, i} -> acc + i)) end)
IO.puts("spawned #{n} #{if sum == div(n * (n + 1), 2), do: "ok", else: "WRONG"}")
