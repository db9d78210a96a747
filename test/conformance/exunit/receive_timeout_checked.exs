# assert_receive/refute_receive check their timeout when they run (ExUnit.Assertions.__timeout__/2):
# a negative number, a float or :infinity is an ArgumentError; refute_receive with a failure
# message takes the pattern as the clause's head, so a guard in it is a guard
ExUnit.start(seed: 0)

defmodule ReceiveTimeoutsTest do
  use ExUnit.Case

  test "negative assert_receive timeout" do
    send(self(), :ready)
    assert_receive :ready, -1
  end

  test "negative refute_receive timeout" do
    refute_receive :ready, -5
  end

  test "atom timeout" do
    assert_receive :ready, :soon
  end

  test "infinity is refused" do
    send(self(), :ready)
    assert_receive :ready, :infinity
  end

  test "computed float timeout" do
    wait = 150 / 2
    assert_receive :ready, wait
  end

  test "computed integer timeout is fine" do
    wait = div(150, 2)
    send(self(), {:ready, 1})
    assert_receive {:ready, n}, wait
    assert n == 1
  end

  test "refute_receive with a message: a guard that matches" do
    send(self(), {:temperature, 120})
    refute_receive {:temperature, t} when t > 100, 20, "too hot"
  end

  test "refute_receive with a message: a guard that does not match" do
    send(self(), {:temperature, 20})
    refute_receive {:temperature, t} when t > 100, 20, "too hot"
    assert_received {:temperature, 20}
  end

  test "refute_received with a message" do
    send(self(), {:error, :closed})
    refute_received {:error, _}, "an error came: #{inspect(:closed)}"
  end
end
