defmodule Player do
  def start(name, parent), do: spawn(fn -> play(name, parent) end)
  defp play(name, parent) do
    receive do
      {:ball, 0, _from} ->
        send(parent, {:game_over, name})
      {:ball, n, from} ->
        if rem(n, 25) == 0, do: send(parent, {:log, name, n})
        send(from, {:ball, n - 1, self()})
        play(name, parent)
    end
  end
end

defmodule Main do
  def collect(acc) do
    receive do
      {:log, name, n} -> collect([{name, n} | acc])
      {:game_over, name} -> {Enum.reverse(acc), name}
    end
  end

  def run do
    ping = Player.start(:ping, self())
    pong = Player.start(:pong, self())
    send(ping, {:ball, 100, pong})
    {log, last} = collect([])
    IO.inspect(log)
    IO.inspect(last, label: "last to receive")
  end
end

Main.run()
