# assert_in_delta/refute_in_delta (with a message) and catch_exit/catch_throw/catch_error, passing and failing
ExUnit.start(seed: 0)

defmodule DeltaTest do
  use ExUnit.Case

  test "in delta" do
    assert_in_delta 1.0, 1.05, 0.1
    refute_in_delta 1.0, 2.0, 0.5
  end

  test "out of delta" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "out of delta with message" do
    assert_in_delta 10, 20, 5, "too far"
  end

  test "refute in delta fails" do
    refute_in_delta 1.0, 1.01, 0.1
  end

  test "catch_exit and throw" do
    assert catch_exit(exit(:bye)) == :bye
    assert catch_throw(throw({:t, 1})) == {:t, 1}
    assert catch_error(raise "x") == %RuntimeError{message: "x"}
  end

  test "catch_throw nothing thrown" do
    catch_throw(:ok)
  end

  test "catch_exit nothing" do
    catch_exit(1 + 1)
  end
end
