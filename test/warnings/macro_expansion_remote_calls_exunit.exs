# A custom assertion macro of a support module and an ExUnit test calling undefined functions
# through it: the warnings name the test functions, before the tests run
ExUnit.start(seed: 0)

defmodule Support.Assertions do
  defmacro assert_valid(value) do
    quote do
      assert Validator.valid?(unquote(value))
    end
  end
end

defmodule ValidTest do
  use ExUnit.Case
  import Support.Assertions

  test "valid" do
    assert_valid(1)
  end

  describe "group" do
    test "again" do
      assert_valid(2)
    end
  end
end
