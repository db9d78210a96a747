# @tag timeout: :soon (no integer): the module's runner process crashes on its receive's after
# (timeout_value). Elixir logs the crash, runs the other modules, and counts none of the module's
# tests, with no message of its own on stderr (a later failure makes the exit status 2).
ExUnit.start(seed: 0)

defmodule BadTimeoutTest do
  use ExUnit.Case, async: true

  @tag timeout: :soon
  test "bad timeout" do
    IO.puts("the test itself runs")
  end

  test "plain" do
    assert true
  end
end

defmodule LaterTest do
  use ExUnit.Case

  test "later" do
    Process.sleep(200)
    IO.puts("later runs")
    assert 1 == 2
  end
end
