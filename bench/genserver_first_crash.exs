# The first crash of a supervised GenServer: its crash report runs library code nothing ran
# before (Logger's translation, Exception's formatting, inspect), cold. Measured: from the call
# that crashes it to the first reply of the restarted server.
defmodule Counter do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:boom, _from, _n), do: raise("boom")
end

defmodule Bench do
  def run do
    old = Process.whereis(Counter)
    try do
      GenServer.call(Counter, :boom)
    catch
      :exit, _ -> :ok
    end
    await_restart(old)
  end

  defp await_restart(old) do
    case Process.whereis(Counter) do
      pid when is_pid(pid) and pid != old -> GenServer.call(pid, :get)
      _ ->
        Process.sleep(1)
        await_restart(old)
    end
  end
end

{:ok, _} = Supervisor.start_link([Counter], strategy: :one_for_one)
{us, n} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("restarted #{if n == 0, do: "ok", else: "WRONG"}")
