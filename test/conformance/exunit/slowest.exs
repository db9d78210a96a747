# ExUnit.start(slowest: N): the run is in trace mode (a line per test) and the N slowest tests are
# listed after the timing line with their share of the run's time (times masked).
ExUnit.start(seed: 0, slowest: 1)

defmodule SlowestTest do
  use ExUnit.Case

  test "quick" do
    assert true
  end

  test "slow" do
    Process.sleep(300)
  end

  @tag :skip
  test "skipped" do
  end

  test "fails quickly" do
    assert 1 == 2
  end
end
