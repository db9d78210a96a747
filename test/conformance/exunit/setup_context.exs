ExUnit.start(seed: 0)

defmodule SetupTest do
  use ExUnit.Case

  setup do
    {:ok, value: 1}
  end

  setup context do
    %{double: context.value * 2}
  end

  test "setup values", %{value: value, double: double} do
    assert value == 1
    assert double == 2
  end

  test "context has test metadata", context do
    assert context.test == :"test context has test metadata"
    assert context.module == SetupTest
    assert context.line == 18
  end

  test "failing with context", %{double: double} do
    assert double == 3
  end
end
