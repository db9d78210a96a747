# What the assertion macros return when they pass: refute gives back the value refuted (nil or
# false), assert the value asserted, match? assertions true/false, the receive assertions the
# message; and each failing form's report
ExUnit.start(seed: 0)

defmodule AssertionReturnValuesTest do
  use ExUnit.Case

  test "passing assertions return" do
    IO.inspect(refute(nil), label: "refute nil")
    IO.inspect(refute(false), label: "refute false")
    IO.inspect(refute(Map.get(%{}, :a)), label: "refute Map.get")
    IO.inspect(assert(3), label: "assert 3")
    IO.inspect(assert(String.at("abc", 1)), label: "assert String.at")
    IO.inspect(refute(1 > 2), label: "refute 1 > 2")
    IO.inspect(refute(1 == 2), label: "refute 1 == 2")
    IO.inspect(refute("abc" =~ "z"), label: "refute =~")
    IO.inspect(assert(1 < 2), label: "assert 1 < 2")
    IO.inspect(assert({:ok, x} = {:ok, 5}), label: "assert match")
    IO.inspect(x, label: "bound")
    IO.inspect(assert(match?({:ok, _}, {:ok, 5})), label: "assert match?")
    IO.inspect(refute(match?({:ok, _}, {:error, 5})), label: "refute match?")
    send(self(), {:m, 1})
    IO.inspect(assert_receive({:m, _}), label: "assert_receive")
    IO.inspect(refute_received({:m, _}), label: "refute_received")
    IO.inspect(refute_receive({:m, _}, 5), label: "refute_receive")
  end

  test "refute of a comparison that holds" do
    x = 1
    refute x < 2
  end

  test "refute of equal sides" do
    refute [1, 2] == [1, 2]
  end

  test "refute of a truthy call" do
    refute String.length("ab")
  end

  test "refute match? that matches" do
    q = 1
    refute match?({^q, _}, {1, 2})
  end

  test "assert match? that does not match" do
    q = 3
    assert match?({^q, _}, {1, 2})
  end

  test "assert of a falsy call" do
    assert Enum.find([1, 2], &(&1 > 5))
  end

  test "refute of in" do
    refute 2 in [1, 2]
  end
end
