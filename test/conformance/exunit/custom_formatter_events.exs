# ExUnit.start(formatters: [...]): a formatter of our own (a GenServer given the configuration)
# is told every event; the CLI formatter, left out, prints nothing; the exit status still counts
# the failures
defmodule EventPrinter do
  use GenServer

  def init(opts) do
    IO.puts("init: seed #{opts[:seed]}, max_failures #{inspect(opts[:max_failures])}")
    {:ok, 0}
  end

  def handle_cast({:suite_started, opts}, n) do
    IO.puts("suite_started (trace: #{inspect(opts[:trace])})")
    {:noreply, n + 1}
  end

  def handle_cast({:module_started, %ExUnit.TestModule{name: name}}, n) do
    IO.puts("module_started #{inspect(name)}")
    {:noreply, n + 1}
  end

  def handle_cast({:test_started, %ExUnit.Test{name: name}}, n) do
    IO.puts("test_started #{name}")
    {:noreply, n + 1}
  end

  def handle_cast({:test_finished, %ExUnit.Test{name: name, state: state}}, n) do
    kind = if state == nil, do: "passed", else: elem(state, 0)
    IO.puts("test_finished #{name}: #{kind}")
    {:noreply, n + 1}
  end

  def handle_cast({:module_finished, %ExUnit.TestModule{name: name, tests: tests}}, n) do
    IO.puts("module_finished #{inspect(name)} (#{length(tests)} tests)")
    {:noreply, n + 1}
  end

  def handle_cast(:max_failures_reached, n) do
    IO.puts("max_failures_reached")
    {:noreply, n + 1}
  end

  def handle_cast({:suite_finished, times}, n) do
    IO.puts("suite_finished #{inspect(Map.keys(times))}")
    {:noreply, n + 1}
  end

  # (the events of older ExUnit versions, :case_started and :case_finished, come too)
  def handle_cast(event, n) do
    IO.puts("other #{elem(event, 0)}")
    {:noreply, n + 1}
  end

  def terminate(reason, n), do: IO.puts("terminate #{inspect(reason)} after #{n} events")
end

ExUnit.start(seed: 0, formatters: [EventPrinter], max_failures: 2)

defmodule EventsTest do
  use ExUnit.Case

  test "passes", do: assert(1 + 1 == 2)

  @tag :skip
  test "skipped", do: :ok

  test "fails once", do: assert(1 == 2)
  test "fails twice", do: assert(:a == :b)
  test "never starts", do: assert(true)
end
