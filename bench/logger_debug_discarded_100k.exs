require Logger
Logger.configure(level: :info)

defmodule Bench do
  require Logger

  # a debug entry below the level, as a program leaves them in its hot paths: the level check only
  def run(0), do: :ok

  def run(n) do
    Logger.debug("step #{n}")
    run(n - 1)
  end
end

{us, r} = :timer.tc(fn -> Bench.run(100_000) end)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("logger discarded #{if r == :ok, do: "ok", else: "WRONG"}")
