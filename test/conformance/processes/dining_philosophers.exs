# Dining philosophers with a waiter process that hands out both forks at once
defmodule Waiter do
  def start(n), do: spawn(fn -> loop(MapSet.new(0..(n - 1)), n, []) end)
  defp loop(free, n, queue) do
    receive do
      {:request, i, from} -> try_serve(free, n, queue ++ [{i, from}])
      {:release, i} -> try_serve(free |> MapSet.put(i) |> MapSet.put(rem(i + 1, n)), n, queue)
    end
  end
  defp try_serve(free, n, queue) do
    {served, waiting} =
      Enum.reduce(queue, {free, []}, fn {i, from}, {f, w} ->
        l = i
        r = rem(i + 1, n)
        if MapSet.member?(f, l) and MapSet.member?(f, r) do
          send(from, :forks)
          {f |> MapSet.delete(l) |> MapSet.delete(r), w}
        else
          {f, w ++ [{i, from}]}
        end
      end)
    loop(served, n, waiting)
  end
end

defmodule Phil do
  def start(i, waiter, meals, parent), do: spawn(fn -> dine(i, waiter, meals, parent, 0) end)
  defp dine(i, _w, meals, parent, meals), do: send(parent, {:full, i, meals})
  defp dine(i, w, meals, parent, eaten) do
    send(w, {:request, i, self()})
    receive do: (:forks -> :ok)
    send(w, {:release, i})
    dine(i, w, meals, parent, eaten + 1)
  end
end

defmodule Main do
  def run do
    w = Waiter.start(5)
    for i <- 0..4, do: Phil.start(i, w, 20, self())
    results = for _ <- 0..4, do: receive(do: ({:full, i, m} -> {i, m}))
    IO.inspect(Enum.sort(results))
  end
end

Main.run()
