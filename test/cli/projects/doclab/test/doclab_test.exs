defmodule DoclabTest do
  use ExUnit.Case
  doctest Doclab
  test "x", %{line: a} do
    assert 1 == 1
  end
  setup %{line: b} do
    :ok
  end
  setup ctx do
    :ok
  end
  setup [:helper]
  defp helper(ctx), do: :ok
  setup_all c do
    :ok
  end
  test "y", ctx do
    assert true
  end
  test "z", %{line: l} = ctx do
    assert true
  end
  describe "d" do
    setup %{line: _} = c do
      :ok
    end
    test "w", _ctx do
      x = 1
    end
  end
end

defmodule Doclab.DescribeTest do
  use ExUnit.Case
  setup [:helper]
  defp helper(_), do: :ok

  describe "a" do
    test "t", do: :ok
  end

  describe "b" do
    setup :helper

    setup %{line: l} do
      :ok
    end

    test "t2", do: :ok
  end

  setup %{line: _} do
    :ok
  end
end
