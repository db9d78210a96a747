defmodule C do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _f, n), do: {:reply, n + 1, n + 1}
end

defmodule Bench do
  def run do
    {:ok, pid} = GenServer.start_link(C, 0)
    Enum.reduce(1..200_000, 0, fn _, _ -> GenServer.call(pid, :inc) end)
  end
end

{us, last} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("genserver calls #{last} #{if last == 200_000, do: "ok", else: "WRONG"}")
