# Elixir's CLI formatter, a process of its own, falls behind on a test's failure report: a plain
# Logger entry written meanwhile (a warning from the next test, an error from a passing one)
# comes out before the report, a process's crash report (GenServer terminating) after it
ExUnit.start(seed: 0)
require Logger

defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:crash, _from, state), do: {:reply, 1 / state, state}
  def handle_cast(:log, state) do
    Logger.warning("worker logging #{state}")
    {:noreply, state}
  end
end

defmodule LoggerFailTest do
  use ExUnit.Case

  test "logs then fails" do
    Logger.info("about to fail")
    assert 1 == 2
  end

  test "crashes a worker" do
    {:ok, pid} = Worker.start_link(0)
    GenServer.cast(pid, :log)
    GenServer.call(pid, :crash)
  end

  test "passes after" do
    Logger.error("an error log in a passing test")
    IO.puts("printed")
  end

  @tag capture_log: true
  test "captured and fails" do
    Logger.error("captured error")
    flunk("with capture")
  end
end
