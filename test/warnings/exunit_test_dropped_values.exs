# A test's body runs for its effects (ExUnit ends the function it defines with :ok), so the Erlang
# compiler's checks see its last expression dropped: a test that forgot its assert is warned of
ExUnit.start(seed: 0, autorun: false)
defmodule NoAssertTest do
  use ExUnit.Case
  test "forgot assert" do
    x = 1
    x == 2
  end
  test "dropped op" do
    y = 3
    y + 1
  end
  describe "group" do
    test "in describe" do
      z = 1
      z != 2
    end
  end
end
defmodule StillUsedTest do
  use ExUnit.Case
  setup do
    x = 1
    %{x: x + 1}
  end
  test "last value", %{x: x} do
    assert x + 1 == 3
  end
end
