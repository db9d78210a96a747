defmodule RetryTest do
  use ExUnit.Case
  doctest Retry

  test "backoff grows" do
    assert Retry.backoff(2) == 200
  end

  test "backoff of zero" do
    assert Retry.backoff(0) == 1
  end

  @tag :flaky
  test "attempts are counted" do
    assert length(Retry.attempts(2)) == 3
  end

  describe "limits" do
    test "one attempt" do
      assert Retry.attempts(1) == [1]
    end
  end
end
