# the variables a receive assertion binds in a test (assert_receive's in the test's scope,
# refute_receive's in its receive clause) are unused variables as any other
ExUnit.start(autorun: false)

defmodule ReceiveBindingsTest do
  use ExUnit.Case

  test "assertions" do
    send(self(), {:a, 1})
    assert_receive {:a, b}
    send(self(), {:c, 1})
    assert_received {:c, d}
    refute_receive {:z, w}, 10
    refute_received {:q, v}, "m"
    refute_receive {:x, y}, 10, "m"
  end

  test "with a context", %{} do
    send(self(), {:a, 1})
    assert_receive {:a, c}
  end

  test "guarded and bound whole" do
    send(self(), {:a, 2})
    assert_receive {:a, e} when e > 1
    send(self(), {:a, 3})
    assert_receive {:a, _used} = f, 0
  end
end
