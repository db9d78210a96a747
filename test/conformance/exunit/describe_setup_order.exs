ExUnit.start(seed: 0)
defmodule DTest do
  use ExUnit.Case
  setup do
    [a: 1]
  end
  describe "grp" do
    setup ctx do
      IO.inspect(ctx[:a], label: "in grp")
      [b: 2]
    end
    setup :more
    test "a", ctx do
      IO.inspect({ctx.a, ctx.b, ctx.c})
    end
  end
  describe "other" do
    setup do
      [b: 3]
    end
    test "b", ctx, do: IO.inspect({ctx.a, ctx.b})
  end
  setup do
    IO.puts("late top setup")
    :ok
  end
  test "plain", ctx, do: IO.inspect(Map.has_key?(ctx, :b))
  def more(_), do: [c: 9]
end
