ExUnit.start(seed: 0)

defmodule CaptureLogLinkedExitTest do
  use ExUnit.Case
  require Logger

  # the log is captured around the test's process: a test killed by a linked process keeps
  # what it logged, and so does its on_exit callback
  @tag :capture_log
  test "logs, then a linked process kills it" do
    on_exit(fn -> Logger.warning("cleaning up") end)
    Logger.error("about to die")
    spawn_link(fn -> exit({:worker_died, 7}) end)
    Process.sleep(5000)
  end

  @tag capture_log: [level: :warning]
  test "logs, then fails" do
    Logger.info("not kept")
    Logger.warning("kept")
    assert 1 + 1 == 3
  end

  @tag :capture_log
  test "passes quietly" do
    Logger.error("never shown")
  end
end
