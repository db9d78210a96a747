defmodule Ring do
  def node_loop(next) do
    receive do
      {:token, 0, main} -> send(main, :done)
      {:token, k, main} -> send(next, {:token, k - 1, main}); node_loop(next)
    end
  end

  def build(n) do
    main = self()
    first = spawn(fn -> receive(do: ({:next, nx} -> node_loop(nx))) end)
    last = Enum.reduce(2..n, first, fn _, prev -> spawn(fn -> node_loop(prev) end) end)
    send(first, {:next, last})
    {first, main}
  end

  def run do
    {first, main} = build(1000)
    send(first, {:token, 1000 * 1000, main})
    receive do
      :done -> :ok
    end
  end
end

{us, r} = :timer.tc(&Ring.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("ring 1000x1000 #{r}")
