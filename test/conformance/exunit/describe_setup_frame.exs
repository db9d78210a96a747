ExUnit.start(seed: 0)

defmodule DTest do
  use ExUnit.Case

  setup do
    [a: 1]
  end

  describe "grp" do
    setup do
      raise "setup boom"
    end

    test "a", do: assert(true)
  end

  describe "second" do
    setup do
      [b: 2]
    end

    setup ctx do
      if ctx.b == 2, do: raise(ArgumentError, "second boom"), else: :ok
    end

    test "b", do: assert(true)
  end

  test "top", ctx, do: assert(ctx.a == 1)
end
