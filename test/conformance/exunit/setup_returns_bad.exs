ExUnit.start(seed: 0)

defmodule BadSetupTest do
  use ExUnit.Case

  setup do
    :not_ok
  end

  test "never runs" do
    assert true
  end
end
