ExUnit.start(seed: 31, exclude: [:integration], include: [integration: "db"])

defmodule TagsTest do
  use ExUnit.Case
  @moduletag :unit

  @tag integration: "db"
  test "included by value", ctx do
    assert ctx.integration == "db"
  end

  @tag integration: "http"
  test "excluded by value" do
    flunk("excluded")
  end

  @tag :integration
  test "excluded by tag" do
    flunk("excluded")
  end

  @tag capture_log: true
  test "capture_log tag" do
    require Logger
    Logger.error("this is captured")
    assert 1 == 2
  end

  @tag skip: "not ready"
  test "skipped with reason" do
    flunk("no")
  end

  test "module tag", ctx do
    assert ctx.unit == true
    assert ctx[:integration] == nil
  end

  ExUnit.Case.register_attribute(__MODULE__, :fixtures, accumulate: true)

  @fixtures :users
  @fixtures :posts
  test "registered attribute", ctx do
    assert ctx.registered.fixtures == [:posts, :users]
    assert ctx.registered.fixtures == [:users, :posts]
  end
end
