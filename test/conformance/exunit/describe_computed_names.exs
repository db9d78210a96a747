# A describe block's name computed as the module body runs, as Elixir 1.14 allows: interpolated
# (`describe "calc #{1 + 1}"`, `describe "with #{@prefix}"`) or a variable of a `for` that makes
# one block per name; the tests in it are named after it (context.describe too), and the setups
# of a block made by a `for` run for each of its blocks
ExUnit.start(seed: 0)

defmodule DescribeComputedNamesTest do
  use ExUnit.Case
  @prefix "attr"

  describe "calc #{1 + 1}" do
    setup do: [y: 1]
    test "two", ctx, do: assert(ctx.y == 2)
  end

  describe "with #{@prefix}" do
    test "inside", ctx, do: assert(ctx.describe == "x")
  end

  for d <- ["gen a", "gen b"] do
    describe d do
      setup do
        [x: 1]
      end

      setup :named

      test "in #{d}", ctx do
        assert {ctx.describe, ctx.x, ctx.z} == {"gen c", 1, 3}
      end

      test "plain" do
        assert false
      end
    end
  end

  def named(_), do: [z: 3]

  test "outside", ctx, do: assert(ctx.describe)
end
