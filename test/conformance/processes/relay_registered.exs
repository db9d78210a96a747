defmodule Relay do
  def start(name, next) do
    pid = spawn(fn -> loop(name, next) end)
    Process.register(pid, name)
    pid
  end
  defp loop(name, next) do
    receive do
      {:msg, trail} ->
        send(next, {:msg, [name | trail]})
        loop(name, next)
    end
  end
end

defmodule Main do
  def run do
    Process.register(self(), :sink)
    Relay.start(:c, :sink)
    Relay.start(:b, :c)
    Relay.start(:a, :b)
    send(:a, {:msg, []})
    receive do: ({:msg, trail} -> IO.inspect(Enum.reverse(trail)))
    for i <- 1..3, do: send(:a, {:msg, [i]})
    for _ <- 1..3, do: receive(do: ({:msg, t} -> IO.inspect(t)))
    IO.inspect(Enum.sort(Enum.filter(Process.registered(), &(&1 in [:a, :b, :c, :sink]))))
  end
end

Main.run()
