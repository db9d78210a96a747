# a test's computed name (test "#{name} works" in a for, or after x = ... in the body) is code of
# the module body, which ExUnit's test macro runs: its variables are used; others still warn
ExUnit.start(seed: 0)
defmodule GenTest do
  use ExUnit.Case
  for name <- [:a, :b] do
    test "#{name} works" do
      assert true
    end
  end
  for name <- [:c] do
    test "#{name} works2", do: assert(true)
  end
  for name <- [:d] do
    test "#{name} works3", ctx do
      assert ctx
    end
  end
end
defmodule Gen2Test do
  use ExUnit.Case
  x = "top"
  test "#{x} level" do
    assert true
  end
  y = "unused"
  def f, do: 1
  for {a, b} <- [{1, 2}] do
    test "only #{a}" do
      assert true
    end
  end
end
