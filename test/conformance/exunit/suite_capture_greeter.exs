# capture_io (stdout, input, stderr), with_io, capture_log, with_log, @tag capture_log: true, and refute of a call showing its arguments.
ExUnit.start(seed: 0)

defmodule Greeter do
  require Logger
  def hello(name) do
    IO.puts("Hello, #{name}!")
    :ok
  end
  def warn(msg) do
    Logger.warning("careful: #{msg}")
    :warned
  end
  def ask do
    name = IO.gets("name? ") |> String.trim()
    IO.puts(:stderr, "got #{name}")
    name
  end
end

defmodule GreeterTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog

  test "prints a greeting" do
    assert capture_io(fn -> Greeter.hello("Ann") end) == "Hello, Ann!\n"
  end

  test "wrong greeting" do
    assert capture_io(fn -> Greeter.hello("Bob") end) == "Hello, Bob\n"
  end

  test "with_io returns both" do
    assert {:ok, "Hello, C!\n"} = with_io(fn -> Greeter.hello("C") end)
  end

  test "input" do
    assert capture_io("Zed\n", fn -> assert Greeter.ask() == "Zed" end) == "name? "
  end

  test "stderr" do
    out = capture_io(:stderr, fn -> capture_io("Q\n", fn -> Greeter.ask() end) end)
    assert out =~ "got Q"
    assert out =~ "got R"
  end

  test "logs" do
    log = capture_log(fn -> assert Greeter.warn("x") == :warned end)
    assert log =~ "[warning] careful: x"
    assert String.length(log) < 10
  end

  @tag capture_log: true
  test "captured log on failure" do
    Greeter.warn("hidden")
    assert 1 == 2
  end

  test "with_log" do
    {result, log} = with_log(fn -> Greeter.warn("z") end)
    assert result == :warned
    refute String.contains?(String.slice(log, 14..-1), "careful")
  end
end
