# An ExUnit describe block's name may be computed (`describe "#{prefix} top"`, a describe in a
# `for`): the name is the module body's code, reading its variables, so they are used; in a `for`
# the block is a fn's body as at the top, its own variables reported unused as the module's
ExUnit.start(seed: 0)

defmodule DescribeComputedNameVarsTest do
  use ExUnit.Case
  prefix = "p"
  unused_top = 1

  describe "#{prefix} top" do
    inner_unused = 2
    test "a", do: :ok
  end

  for d <- ["a", "b"], extra = d <> "!" do
    describe "gen #{d}" do
      local = 3
      test "t", ctx, do: assert(ctx.describe =~ "gen")
    end
  end

  for name <- ["x", "y"] do
    describe name do
      test "in #{name}", %{describe: desc, line: line}, do: assert(desc)
    end
  end
end
