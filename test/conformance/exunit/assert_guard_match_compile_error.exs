ExUnit.start()
defmodule GuardT do
  use ExUnit.Case
  test "t" do
    x = {:ok, 1}
    assert {:ok, n} when n > 0 = x
  end
end
