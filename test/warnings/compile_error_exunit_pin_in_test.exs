# a CompileError in a test's body: its trace is Elixir's expansion of the test's def
# ("test ..."/1) and of the assertion macros around the failing code
ExUnit.start()

defmodule CompileErrorInTestTest do
  use ExUnit.Case

  test "passes" do
    assert 1 + 1 == 2
  end

  describe "a group" do
    test "fails to compile" do
      value = {:ok, 1}
      ^missing = value
    end
  end
end
