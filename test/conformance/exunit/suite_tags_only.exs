# ExUnit.start exclude/include filters with tag values, @moduletag in the context, @tag :skip
ExUnit.start(seed: 0, exclude: [:slow, integration: true], include: [integration: "db"])

defmodule TagsTest do
  use ExUnit.Case
  @moduletag :unit

  @tag :slow
  test "slow one" do
    flunk("should not run")
  end

  @tag integration: true
  test "integration excluded" do
    flunk("excluded")
  end

  @tag integration: "db"
  test "integration db included", context do
    assert context.integration == "db"
    assert context.unit == true
  end

  @tag :skip
  test "skipped" do
    flunk("skipped")
  end

  test "plain", %{unit: unit} do
    assert unit
  end
end
