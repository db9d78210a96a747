# What capture_log returned, shown in a failed assertion's report: the Logger time stamps inside
# the inspected string (after an escaped newline, "\n03:07:24.789 [warning] ...") are masked as the
# console's are; a date's time of the program's own (T10:00:00.000) is not
ExUnit.start(seed: 0)
require Logger

defmodule CaptureLogReportTest do
  use ExUnit.Case
  import ExUnit.CaptureLog

  test "levels captured, one missing" do
    log =
      capture_log([level: :warning], fn ->
        Logger.info("info msg")
        Logger.warning("warn msg")
        Logger.error("error msg")
      end)

    assert log =~ "[info] info msg"
  end

  test "a date of the program's own" do
    assert "2024-01-02T10:00:00.000Z" == DateTime.to_iso8601(~U[2024-01-02 10:00:00.000Z]) <> "!"
  end
end
