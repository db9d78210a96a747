ExUnit.start(seed: 7)

defmodule Greeter do
  require Logger

  def greet(name) do
    IO.puts("Hello, #{name}!")
    :ok
  end

  def warn(msg) do
    Logger.warning("careful: #{msg}")
    Logger.info("info: #{msg}")
    :warned
  end

  def ask do
    IO.gets("name? ") |> String.trim()
  end
end

defmodule GreeterTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog

  test "capture_io" do
    assert capture_io(fn -> Greeter.greet("ann") end) == "Hello, ann!\n"
  end

  test "capture_io with input" do
    assert capture_io("bob\n", fn -> IO.write(Greeter.ask()) end) == "name? bob"
  end

  test "capture_io on stderr" do
    out = capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end)
    assert out =~ "oops"
  end

  test "capture_log" do
    log = capture_log(fn -> assert Greeter.warn("x") == :warned end)
    assert log =~ "careful: x"
    assert log =~ "[warning]"
  end

  test "capture_log with level" do
    log = capture_log([level: :warning], fn -> Greeter.warn("y") end)
    refute log =~ "info: y"
  end

  test "capture_io mismatch" do
    assert capture_io(fn -> Greeter.greet("zed") end) == "Hello, zed\n"
  end

  test "with_io returns result" do
    {result, output} = with_io(fn -> Greeter.greet("q") end)
    assert result == :ok
    assert output == "Hello, q!\n"
  end

  test "=~ failure" do
    assert "hello world" =~ "bye"
  end

  test "unused var in match" do
    assert %{name: name} = %{name: "n", age: 3}
    assert name == "m"
  end
end
