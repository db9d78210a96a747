# Assertions as people use them: named setup chains over a setup_all context, capture_io with
# input and :stderr, capture_log with a level, assert_raise with a regex, assert_in_delta,
# catch_*, flunk, custom messages, newline and keyword diffs, a timeout, a killed test process,
# tests generated with unquote
ExUnit.start(seed: 0)

defmodule Temp do
  def convert(c) when is_number(c), do: c * 9 / 5 + 32
  def parse(s), do: String.to_integer(s)
end

defmodule MiscTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  @moduletag :unit
  setup_all do
    on_exit(fn -> Process.put(:cleaned, true) end)
    {:ok, base: 10}
  end

  setup [:one, :two]
  defp one(ctx), do: Map.put(ctx, :one, ctx.base + 1)
  defp two(%{one: one}), do: [two: one * 2]

  test "chain", ctx do
    assert ctx.two == 22
    assert ctx.one == 12
  end

  test "capture io with input" do
    out = capture_io("1\n2\n", fn ->
      a = IO.gets("a? ")
      b = IO.gets("b? ")
      IO.write("#{String.trim(a)}+#{String.trim(b)}")
    end)
    assert out == "a? b? 1+3"
  end

  test "capture stderr" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end) == "oops\n"
  end

  test "capture log" do
    log = capture_log([level: :warning], fn ->
      Logger.info("hidden")
      Logger.error("shown")
    end)
    assert log =~ "hidden"
  end

  test "assert_raise regex" do
    assert_raise ArgumentError, ~r/not a textual/, fn -> Temp.parse("x") end
  end

  test "in delta" do
    assert_in_delta Temp.convert(37), 98.6, 0.01
    assert_in_delta Temp.convert(100), 211, 0.5
  end

  test "catches" do
    assert catch_throw(throw(:x)) == :x
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(raise "boom") == %RuntimeError{message: "boom"}
    catch_exit(:ok)
  end

  test "flunk with message" do
    flunk("not yet")
  end

  test "custom message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "strings with newlines" do
    assert "line one\nline two\nline three" == "line one\nline 2\nline three"
  end

  test "charlists and keyword" do
    assert [a: 1, b: [c: 'xyz']] == [a: 1, b: [c: 'xzy'], d: 4]
  end

  @tag timeout: 50
  test "too slow" do
    Process.sleep(200)
  end

  test "exits the test process" do
    Process.exit(self(), :kill)
  end

  for n <- [1, 2] do
    test "generated #{n}" do
      assert rem(unquote(n), 2) == 1
    end
  end
end
