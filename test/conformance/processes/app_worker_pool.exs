defmodule Pool do
  def start(n) do
    parent = self()
    for i <- 1..n, do: spawn_link(fn -> worker(parent, i) end)
  end

  defp worker(parent, id) do
    send(parent, {:ready, self()})
    receive do
      {:job, ref, f} ->
        send(parent, {:done, ref, id, f.()})
        worker(parent, id)
      :stop -> :ok
    end
  end

  def run(jobs) do
    refs = Enum.map(jobs, fn f -> {make_ref(), f} end)
    dispatch(refs, %{}, length(refs))
  end

  defp dispatch([], results, 0), do: results
  defp dispatch(pending, results, left) do
    receive do
      {:ready, w} when pending != [] ->
        [{ref, f} | rest] = pending
        send(w, {:job, ref, f})
        dispatch(rest, Map.put(results, ref, :running), left)
      {:done, ref, _id, value} ->
        dispatch(pending, Map.put(results, ref, value), left - 1)
    end
  end
end

defmodule Main do
  def run do
    workers = Pool.start(4)
    jobs = for n <- 1..20, do: fn -> Enum.sum(1..(n * 1000)) end
    results = Pool.run(jobs)
    values = results |> Map.values() |> Enum.sort()
    IO.inspect(length(values))
    IO.inspect(Enum.take(values, 3))
    IO.inspect(Enum.sum(values))
    Enum.each(workers, &send(&1, :stop))
    IO.puts("pool done")
  end
end

Main.run()
