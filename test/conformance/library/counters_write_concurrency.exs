# :counters.new/2 with :write_concurrency: a {:write_concurrency, ref} handle whose info has
# only size and memory (per-scheduler cache lines), while the default and :atomics counters
# are atomics with min/max
for opts <- [[], [:atomics], [:write_concurrency]] do
  for n <- [1, 8, 9, 100] do
    c = :counters.new(n, opts)
    IO.inspect({opts, n, elem(c, 0), :counters.info(c)})
  end
end

c = :counters.new(2, [:write_concurrency])
:counters.add(c, 1, 5)
:counters.sub(c, 2, 3)
:counters.put(c, 1, :counters.get(c, 1) * 10)
IO.inspect({:counters.get(c, 1), :counters.get(c, 2)})

tasks = for _ <- 1..4, do: Task.async(fn -> for _ <- 1..250, do: :counters.add(c, 2, 1) end)
Enum.each(tasks, &Task.await/1)
IO.inspect(:counters.get(c, 2))

try do
  :counters.get(c, 3)
rescue
  e -> IO.inspect(e)
end
