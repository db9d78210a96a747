ExUnit.start(seed: 0)

defmodule SetupRaisesTest do
  use ExUnit.Case

  setup do
    raise ArgumentError, "setup broke"
  end

  test "reports the setup error" do
    assert true
  end
end
