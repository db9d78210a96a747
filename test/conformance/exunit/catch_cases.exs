ExUnit.start(seed: 0)

defmodule CatchTest do
  use ExUnit.Case

  test "catch_throw" do
    assert catch_throw(throw(:x)) == :x
  end

  test "catch_exit" do
    assert catch_exit(exit(:bye)) == :bye
  end

  test "catch_error" do
    assert catch_error(:erlang.error(:oops)) == :oops
  end

  test "wrong value caught" do
    assert catch_throw(throw(:x)) == :y
  end

  test "nothing thrown" do
    catch_throw(:ok)
  end
end
