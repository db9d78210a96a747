# ExUnit.start(capture_log: true) and @tag capture_log: the entries a test logs are kept, not
# printed, and shown under its failure report ("The following output was logged:"); a test
# tagged capture_log: false logs on the console.
ExUnit.start(seed: 0, capture_log: true)

defmodule CaptureLogTagTest do
  use ExUnit.Case
  require Logger

  @tag capture_log: false
  test "not captured" do
    Logger.info("printed directly")
    Logger.flush()
  end

  test "passes with a log" do
    Logger.info("hidden")
  end

  @tag capture_log: [level: :error]
  test "fails with a log at a level" do
    Logger.info("below the level")
    Logger.error("kept")
    assert 1 == 2
  end

  test "fails with a log" do
    Logger.info("shown")
    Logger.error("err line\nsecond")
    flunk("nope")
  end
end
