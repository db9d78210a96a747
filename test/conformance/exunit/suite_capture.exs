# ExUnit.CaptureIO (input, stderr, with_io) and ExUnit.CaptureLog, and a failing comparison of captured output
ExUnit.start(seed: 0)

defmodule CaptureTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  test "capture_io" do
    assert capture_io(fn -> IO.puts("hello") end) == "hello\n"
    assert capture_io("input line\n", fn -> IO.write(IO.gets("> ")) end) == "> input line\n"
  end

  test "capture_io stderr" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "err") end) == "err\n"
  end

  test "capture_log" do
    log = capture_log(fn -> Logger.error("oops") end)
    assert log =~ "[error] oops"
  end

  test "capture_io mismatch" do
    assert capture_io(fn -> IO.write("abc") end) == "abd"
  end

  test "with_io" do
    assert {3, "x"} = with_io(fn -> IO.write("x"); 3 end)
  end
end
