# ExUnit.CaptureLog.capture_log/1,2 and with_log/1,2: Logger's entries (of any process) while the
# function runs, in Logger's console format, filtered by `level:`; nothing of them on the
# console; a raise inside the capture.
ExUnit.start(seed: 0)

defmodule CaptureLogFunTest do
  use ExUnit.Case
  import ExUnit.CaptureLog
  require Logger

  test "captures" do
    show(capture_log(fn -> Logger.info("hello"); Logger.error("bad") end))
    show(capture_log([level: :error], fn -> Logger.info("hello"); Logger.error("bad") end))
    show(with_log(fn -> Logger.warning("w"); :res end))
    show(with_log([level: :warning], fn -> Logger.debug("d"); :res end))
    show(capture_log(fn -> Logger.info("meta", user: 1) end))
    parent = self()
    show(capture_log(fn -> spawn(fn -> Logger.info("from child"); send(parent, :logged) end); assert_receive :logged end))
    show(capture_log(fn -> Logger.info(fn -> "lazy" end) end))
    show(capture_log(fn -> Logger.warn("old") end))
    show(capture_log(fn -> Logger.info("multi\nline") end))
    show(capture_log(fn -> Logger.log(:notice, ["io", ?d, "ata"]) end))
    show(capture_log(fn -> IO.puts("not a log entry") end))
    show(capture_log(fn -> show(capture_log(fn -> Logger.info("nested") end)) end))
    show(capture_log([level: :info], fn -> Logger.debug("below") end))
    Logger.info("outside: on the console")
    Logger.flush()
  end

  # the time stamps of the entries are the clock's: masked here
  defp show(log) when is_binary(log), do: IO.inspect(String.replace(log, ~r/\d\d:\d\d:\d\d\.\d\d\d/, "HH:MM:SS.mmm"))
  defp show({result, log}), do: IO.inspect({result, String.replace(log, ~r/\d\d:\d\d:\d\d\.\d\d\d/, "HH:MM:SS.mmm")})

  test "a raise inside the capture" do
    capture_log(fn -> Logger.info("x"); raise "boom" end)
  end
end
