# imported helpers and private test helpers; refute, truthy assert, in and > failures
ExUnit.start(seed: 0)

defmodule MathTest do
  use ExUnit.Case
  import Integer, only: [is_even: 1]

  defp double(x), do: x * 2

  test "imports in tests" do
    assert is_even(double(3))
  end

  test "refute" do
    refute is_even(3)
    refute 1 + 1 == 2
  end

  test "assert truthy" do
    x = nil
    assert x
  end

  test "assert in" do
    assert 4 in [1, 2, 3]
  end

  test "assert >" do
    assert double(2) > 10
  end
end
