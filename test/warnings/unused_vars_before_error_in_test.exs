# the unused variables of a test whose body fails to compile: those of the tests before it and of
# the clauses it ended before the error, not its own body's (its def never ended)
ExUnit.start()
defmodule UTest do
  use ExUnit.Case
  test "earlier" do
    unused = 1
    :ok
  end
  describe "d" do
    test "first" do
      other = 2
      :ok
    end
    test "x", ctx do
      value = 1
      case value do
        {a, b} -> b
        _ -> :ok
      end
      ^missing = 2
    end
  end
end
