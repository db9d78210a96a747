# ExUnit's test macro nests the test's block in one ending with :ok: a lone expression as the whole
# body is dropped (a variable, literal or attribute is told so), a block's last one is not
ExUnit.start(seed: 0)

defmodule DroppedBodyTest do
  use ExUnit.Case
  @foo 1

  test "lone variable", %{test: t} do
    t
  end

  test "lone literal" do
    1
  end

  test "lone string" do
    "str"
  end

  test "lone attribute" do
    @foo
  end

  test "atoms are not told" do
    :ok
  end

  test "empty" do
  end

  test "block's last is its value", ctx do
    x = 1
    ctx
  end

  test "parenthesized", %{line: l} do
    (
      l
    )
  end

  describe "group" do
    test "lone in describe", %{line: l} do
      l
    end

    test "block in describe", %{test: t} do
      assert t
      t
    end
  end

  setup ctx do
    ctx
  end
end
