ExUnit.start(seed: 0)

defmodule TruthyTest do
  use ExUnit.Case

  test "nil variable" do
    x = nil
    assert x
  end

  test "false call" do
    assert String.contains?("abc", "z")
  end

  test "guard-like call" do
    assert is_atom(1)
  end

  test "passing truthy" do
    assert [] 
    assert 0
  end
end
