# Tags and filters: moduletag, describetag, tag values, exclude/include from ExUnit.start, skip with and without a reason, the context's describe and test keys.
ExUnit.start(seed: 0, exclude: [:external, db: :postgres], include: [db: :sqlite])

defmodule Repo.Test do
  use ExUnit.Case, async: true
  @moduletag db: :postgres

  test "postgres query" do
    assert false
  end

  @tag db: :sqlite
  test "sqlite query" do
    assert true
  end

  @tag :external
  test "calls an api" do
    flunk("should be excluded")
  end

  @tag :skip
  test "skipped" do
    flunk("should be skipped")
  end

  @tag skip: "not implemented yet"
  test "skipped with reason" do
    flunk("nope")
  end
end

defmodule Tagged.Test do
  use ExUnit.Case

  @moduletag :unit

  @tag priority: 1
  test "sees its tags", context do
    assert context.priority == 1
    assert context.unit == true
    assert context[:registered] == %{}
    assert context.describe == nil
  end

  describe "group" do
    @describetag level: :deep

    @tag priority: 2
    test "describe tags", %{level: level, priority: p, describe: d} do
      assert {level, p, d} == {:deep, 2, "group"}
    end

    test "describe line", %{describe_line: line} do
      assert line == 0
    end
  end

  test "test name is an atom", %{test: name} do
    assert name == "test test name is an atom"
  end
end
