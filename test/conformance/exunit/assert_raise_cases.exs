ExUnit.start(seed: 0)

defmodule RaiseTest do
  use ExUnit.Case

  test "raises as expected" do
    error = assert_raise ArgumentError, fn -> raise ArgumentError, "bad" end
    assert error.message == "bad"
  end

  test "message matches" do
    assert_raise RuntimeError, "boom", fn -> raise "boom" end
  end

  test "nothing raised" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "wrong message" do
    assert_raise ArgumentError, "foo", fn -> raise ArgumentError, "bar" end
  end
end
