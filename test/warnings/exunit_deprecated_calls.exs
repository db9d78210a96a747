# deprecated calls inside tests, setups and describes are the test functions' own:
# one grouped warning per function called, naming each test ("test ..."/1), none for the module
ExUnit.start(seed: 0, autorun: false)

defmodule DeprecatedInTests do
  use ExUnit.Case

  setup do
    {:ok, padded: String.rjust("x", 3)}
  end

  test "strips", %{padded: padded} do
    assert String.strip(padded) == "x"
  end

  describe "lists" do
    test "chunks" do
      assert Enum.chunk([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]
      assert String.strip(" y ") == "y"
    end
  end
end

IO.puts("compiled")
