# assert_raise with a message, a regex, a wrong message, nothing raised, another exception, and its return value
ExUnit.start(seed: 0)

defmodule RaiseTest do
  use ExUnit.Case

  test "raise with message" do
    assert_raise ArgumentError, "bad", fn -> raise ArgumentError, "bad" end
  end

  test "raise with regex" do
    assert_raise RuntimeError, ~r/^boom \d+$/, fn -> raise "boom 42" end
  end

  test "wrong message" do
    assert_raise ArgumentError, "expected", fn -> raise ArgumentError, "actual" end
  end

  test "regex not matching" do
    assert_raise RuntimeError, ~r/nope/, fn -> raise "boom" end
  end

  test "nothing raised" do
    assert_raise KeyError, fn -> :ok end
  end

  test "wrong exception" do
    assert_raise KeyError, fn -> 1 / 0 end
  end

  test "returns exception" do
    e = assert_raise ArithmeticError, fn -> :erlang.+(1, :a) end
    assert e.message == "bad argument in arithmetic expression"
  end
end
