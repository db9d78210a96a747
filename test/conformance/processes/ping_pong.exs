defmodule PingPong do
  def ponger do
    receive do
      {:ping, n, from} ->
        send(from, {:pong, n})
        ponger()
      :stop ->
        IO.puts("ponger stopping")
    end
  end

  def pinger(_pong, 0, acc), do: acc
  def pinger(pong, n, acc) do
    send(pong, {:ping, n, self()})
    receive do
      {:pong, ^n} -> pinger(pong, n - 1, acc + 1)
    end
  end
end

pong = spawn(&PingPong.ponger/0)
IO.inspect(PingPong.pinger(pong, 10_000, 0))
ref = Process.monitor(pong)
send(pong, :stop)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "ponger down")
end
