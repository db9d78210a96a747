# Timeouts: @tag timeout:, ExUnit.start(timeout:), a GenServer call timing out inside a test.
ExUnit.start(seed: 0, timeout: 1_000)

defmodule Slow.Test do
  use ExUnit.Case

  @tag timeout: 100
  test "times out" do
    Process.sleep(:infinity)
  end

  test "default timeout from start" do
    Process.sleep(:infinity)
  end

  @tag timeout: 2_000
  test "finishes in time" do
    Process.sleep(10)
    assert true
  end

  test "GenServer call timeout" do
    {:ok, pid} = Agent.start_link(fn -> Process.sleep(:infinity) end, timeout: 50)
    Agent.get(pid, & &1)
  end
end
