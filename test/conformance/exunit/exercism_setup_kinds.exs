ExUnit.start(seed: 707)
ExUnit.configure(exclude: :pending, trace: true)

defmodule GardenTest do
  use ExUnit.Case
  @moduletag :garden

  setup_all do
    {:ok, plants: %{"V" => :violets, "R" => :radishes}}
  end

  setup context do
    if context[:bad_setup], do: raise("setup exploded")
    if context[:bad_return], do: :wrong, else: {:ok, student: "alice"}
  end

  describe "kindergarten" do
    setup :extra

    defp extra(_), do: [extra: 1]

    test "context has things", %{plants: plants, student: s, extra: e} do
      assert plants["V"] == :violets
      assert {s, e} == {"alice", 2}
    end

    @tag :bad_setup
    test "setup raised" do
      :ok
    end

    @tag :bad_return
    test "setup bad return" do
      :ok
    end

    @tag skip: "not yet"
    test "skipped" do
      flunk("should not run")
    end
  end

  describe "on_exit" do
    test "on_exit raises" do
      on_exit(fn -> raise "cleanup failed" end)
      assert true
    end

    test "on_exit after failure" do
      on_exit(fn -> IO.puts("cleanup ran") end)
      assert 1 == 2
    end
  end

  test "tags are visible", context do
    assert context.garden == true
    assert context.describe == "x"
  end

  test "test pattern doesn't match context", %{missing: m} do
    assert m
  end
end

defmodule BadSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise ArgumentError, "no garden"
  end

  test "never runs 1", do: :ok
  test "never runs 2", do: :ok
end

defmodule SetupAllBadReturnTest do
  use ExUnit.Case

  setup_all do
    :bogus
  end

  test "never runs", do: :ok
end
