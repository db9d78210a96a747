defmodule PP do
  def pong do
    receive do
      {:ping, from} -> send(from, :pong); pong()
      :stop -> :ok
    end
  end

  def ping(_p, 0, n), do: n
  def ping(p, k, n) do
    send(p, {:ping, self()})
    receive do
      :pong -> ping(p, k - 1, n + 1)
    end
  end

  def run do
    p = spawn(&pong/0)
    n = ping(p, 500_000, 0)
    send(p, :stop)
    n
  end
end

{us, n} = :timer.tc(&PP.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("ping-pong messages #{n * 2} #{if n == 500_000, do: "ok", else: "WRONG"}")
