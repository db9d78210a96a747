ExUnit.start(seed: 0)
# `assert v` binds `value = v` in its expansion: a trace of its own before the field read
defmodule AssertValueTest do
  use ExUnit.Case
  test "a" do
    x = %{a: 1}
    assert x.a == 1
    x.b
  end
  test "b" do
    x = %{a: 1}
    assert x
    x.b
  end
  test "c" do
    x = %{a: 1}
    refute x.a == 2
    assert x.c
  end
end
