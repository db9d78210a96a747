defmodule Ring do
  def start(n, rounds) do
    main = self()
    first = spawn(fn -> node_loop(main) end)
    last =
      Enum.reduce(2..n, first, fn _, prev ->
        spawn(fn -> forward(prev) end)
      end)
    send(first, {:set_next, last})
    send(last, {:token, n * rounds})
    receive do
      {:done, hops} -> hops
    end
  end

  defp node_loop(main) do
    receive do
      {:set_next, next} -> head(main, next, 0)
    end
  end
  defp head(main, next, hops) do
    receive do
      {:token, 0} -> send(main, {:done, hops})
      {:token, k} -> send(next, {:token, k - 1}); head(main, next, hops + 1)
    end
  end

  defp forward(next) do
    receive do
      {:token, 0} = t -> send(next, t)
      {:token, k} -> send(next, {:token, k - 1}); forward(next)
    end
  end
end

IO.inspect(Ring.start(10, 5))
IO.inspect(Ring.start(100, 20))
