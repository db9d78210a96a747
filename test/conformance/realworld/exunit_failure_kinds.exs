ExUnit.start(seed: 7)

defmodule Helpers do
  import ExUnit.Assertions
  def assert_sorted(list) do
    assert list == Enum.sort(list), "list is not sorted: #{inspect(list)}"
  end
  def deep_check(map), do: assert(map_size(map) > 3)
end

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule HelperFailuresTest do
  use ExUnit.Case, async: true
  import Helpers

  test "helper assertion" do
    assert_sorted([1, 3, 2])
  end

  test "nested helper" do
    Enum.each([%{a: 1}], &deep_check/1)
  end

  test "struct diff" do
    assert %Point{x: 1, y: 2} == %Point{x: 1, y: 3}
  end

  test "nested map diff" do
    assert %{user: %{name: "ann", roles: [:admin, :dev]}, count: 1} == %{user: %{name: "ann", roles: [:dev]}, count: 2}
  end

  test "keyword diff" do
    assert [a: 1, b: 2, c: 3] == [a: 1, c: 3, b: 2]
  end

  test "tuple diff" do
    assert {:ok, 1, "two"} == {:ok, 1, "three"}
  end

  test "charlist vs string" do
    assert 'abc' == "abc"
  end

  test "float vs int" do
    assert 1.0 == 2
  end

  test "linked process crash" do
    spawn_link(fn -> exit(:linked_boom) end)
    receive do
    after
      1000 -> :ok
    end
  end

  test "bad match inside code" do
    {:ok, value} = Map.fetch(%{}, :missing)
    value
  end

  test "function clause" do
    Point.__struct__(:not_a_list)
  end
end

defmodule SetupFailTest do
  use ExUnit.Case

  setup_all do
    raise "setup_all exploded"
  end

  test "never runs" do
    assert true
  end
end

defmodule SetupErrTest do
  use ExUnit.Case

  setup do
    {:error, :not_ok}
  end

  test "bad setup return" do
    assert true
  end
end

defmodule TimeoutTest do
  use ExUnit.Case

  @tag timeout: 50
  test "too slow" do
    Process.sleep(:infinity)
  end

  test "on_exit failure" do
    on_exit(fn -> raise "on_exit failed" end)
    assert true
  end
end
