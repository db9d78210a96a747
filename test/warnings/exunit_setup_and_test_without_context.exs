# the unused variables of tests and setups that take no context (`test "x" do`, `setup do`), and
# bare names expanded to calls inside tests, each where the expansion meets it
ExUnit.start(seed: 0)

defmodule NoContextTest do
  use ExUnit.Case
  def helper, do: 1

  setup do
    tmp = 1
    :ok
  end

  setup :named
  setup [:named]
  defp named(_), do: :ok

  describe "group" do
    setup do
      inner = 2
      {:ok, x: 1}
    end

    test "in group" do
      v = helper
      :ok
    end
  end

  test "a", ctx do
    assert helper == 1
  end

  test "b" do
    unused = 2
    assert helper == 1
  end

  test "c", do: (w = 1; :ok)
end
