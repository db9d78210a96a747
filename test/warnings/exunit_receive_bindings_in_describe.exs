# the variables a receive assertion binds in a test or setup written inside a describe block are
# unused variables as in one at the module's top level (the describe rewrites its tests and
# setups before they expand)
ExUnit.start(autorun: false)

defmodule DescribeReceiveBindingsTest do
  use ExUnit.Case

  describe "inner" do
    setup do
      send(self(), {:hello, 1})
      assert_receive {:hello, n}
      :ok
    end

    test "assertions" do
      send(self(), {:x, 2})
      assert_receive {:x, z}
      refute_received {:x, w}
      send(self(), {:y, 3})
      assert_received {:y, used}
      used
    end

    test "with a context", %{} do
      send(self(), {:a, 1})
      assert_receive {:a, c} when c > 0
    end
  end

  describe "second" do
    setup [:named]

    test "guarded" do
      send(self(), {:a, 2})
      assert_receive {:a, e} when e > 1
      refute_receive {:b, r}, 10
    end

    defp named(_), do: :ok
  end

  test "top level still" do
    send(self(), {:t, 1})
    assert_receive {:t, t}
  end
end
