# The code: of a failure report is the assertion as Macro.to_string lays it out (98 columns),
# aligned under its label
ExUnit.start(seed: 0)

defmodule LongTest do
  use ExUnit.Case

  test "long code" do
    assert Enum.map([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fn element -> element * 2 end) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 21]
  end

  test "long keyword" do
    opts = [first_option: 1, second_option: 2]
    assert Keyword.get(opts, :first_option) == Keyword.get(opts, :second_option, :a_default_value_for_the_option)
  end
end
