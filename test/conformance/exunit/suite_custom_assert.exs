# custom assertion macros and functions in a support module importing ExUnit.Assertions
ExUnit.start(seed: 0)

defmodule MyAssertions do
  import ExUnit.Assertions

  defmacro assert_ok(expr) do
    quote do
      case unquote(expr) do
        {:ok, value} -> value
        other -> flunk("expected {:ok, _}, got: #{inspect(other)}")
      end
    end
  end

  def assert_sorted(list) do
    assert list == Enum.sort(list), "list is not sorted: #{inspect(list)}"
  end

  defmacro assert_between(x, lo, hi) do
    quote do
      assert unquote(lo) <= unquote(x) and unquote(x) <= unquote(hi)
    end
  end
end

defmodule CustomTest do
  use ExUnit.Case
  import MyAssertions

  test "assert_ok passes" do
    assert assert_ok({:ok, 3}) == 3
  end

  test "assert_ok fails" do
    assert_ok({:error, :nope})
  end

  test "sorted" do
    assert_sorted([1, 2, 3])
    assert_sorted([3, 1])
  end

  test "between" do
    assert_between(5, 1, 10)
    assert_between(50, 1, 10)
  end
end
