# A test that fails after a GenServer it called crashed (Logger wrote the crash report while the
# test ran): Elixir's CLI formatter brings out its failure report after the crash reports Logger
# writes for the next quick tests; a plain assertion's report comes out before them
ExUnit.start(seed: 0, trace: true)

defmodule Counter do
  use GenServer
  def start(n), do: GenServer.start(__MODULE__, n)
  def init(n), do: {:ok, n}
  def handle_call(:bump, _from, n) when n < 2, do: {:reply, n + 1, n + 1}
  def handle_call(:bump, _from, n), do: raise(ArgumentError, "counter overflow at #{n}")
  def handle_call(:read, _from, n), do: {:reply, n, n}
end

defmodule CounterTest do
  use ExUnit.Case

  test "plain wrong expectation" do
    {:ok, c} = Counter.start(0)
    assert GenServer.call(c, :bump) == 2
  end

  test "overflow crashes the server" do
    {:ok, c} = Counter.start(2)
    GenServer.call(c, :bump)
  end

  test "another overflow" do
    {:ok, c} = Counter.start(5)
    GenServer.call(c, :bump)
  end

  test "crash caught, then a wrong read" do
    {:ok, c} = Counter.start(3)
    catch_exit(GenServer.call(c, :bump))
    {:ok, d} = Counter.start(1)
    assert GenServer.call(d, :read) == 0
  end

  test "third overflow" do
    {:ok, c} = Counter.start(9)
    GenServer.call(c, :bump)
  end

  test "waits, so the formatter catches up" do
    Process.sleep(200)
    {:ok, c} = Counter.start(7)
    GenServer.call(c, :bump)
  end

  test "passes" do
    {:ok, c} = Counter.start(0)
    assert GenServer.call(c, :bump) == 1
  end
end
