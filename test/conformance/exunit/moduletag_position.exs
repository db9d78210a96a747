# @moduletag and @describetag tag the tests defined after them, not those before (Elixir reads
# them as each test is defined); setup_all's context is the module alone (no :file)
ExUnit.start(seed: 0, exclude: [:late])

defmodule PositionTest do
  use ExUnit.Case

  setup_all ctx do
    IO.inspect(ctx, label: "setup_all")
    :ok
  end

  test "before any tag", ctx do
    IO.inspect(Map.take(ctx, [:unit, :late, :d]), label: "before")
  end

  @moduletag :unit

  describe "d" do
    test "in d, before describetag", ctx do
      IO.inspect(Map.take(ctx, [:unit, :late, :d]), label: "in d")
    end

    @describetag :d
    test "in d, after describetag", ctx do
      IO.inspect(Map.take(ctx, [:unit, :late, :d]), label: "in d after")
    end
  end

  test "after moduletag", ctx do
    IO.inspect(Map.take(ctx, [:unit, :late]), label: "after")
  end

  @moduletag :late
  test "excluded by the late tag" do
    flunk "excluded"
  end
end
