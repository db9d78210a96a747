ExUnit.start(seed: 0)

defmodule RaiseReturnsTest do
  use ExUnit.Case

  test "the exception is returned" do
    error = assert_raise KeyError, fn -> Map.fetch!(%{}, :k) end
    assert error.key == :k
  end

  test "wrong exception type" do
    assert_raise ArgumentError, fn -> raise KeyError, key: :k end
  end
end
