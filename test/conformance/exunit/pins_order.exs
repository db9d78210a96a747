# The pinned variables a failure lists (assert_receive/assert_received, assert with =, match? in
# assert and refute): each once, by name in descending order whatever their order in the pattern,
# as ExUnit 1.14 (it gathers them in a map); match? failures list them too
ExUnit.start(seed: 0)

defmodule PinOrderTest do
  use ExUnit.Case

  test "receive b a c" do
    b = 1
    a = 2
    c = 3
    send(self(), :x)
    assert_received {^b, ^a, ^c, ^b}
  end

  test "receive with a guard" do
    m = 1
    k = 2
    assert_received {^k, ^m} when m > 0
  end

  test "receive after a wait" do
    x = 1
    y = {:a, 2}
    send(self(), {:msg, 2, {:a, 3}})
    assert_receive {:msg, ^x, ^y}, 10
  end

  test "match a b" do
    b = 1
    a = 2
    assert {^a, ^b, ^a} = value({3, 4, 5})
  end

  test "match? alpha zed" do
    zed = 1
    alpha = 2
    assert match?({^alpha, ^zed}, value({3, 4}))
  end

  test "refute match?" do
    zed = 1
    refute match?(^zed, value(1))
  end

  test "match? without pins" do
    assert match?({:ok, _}, value(:error))
  end

  # (values the compiler cannot see through: no "always the same result" warnings)
  defp value(x), do: x
end
