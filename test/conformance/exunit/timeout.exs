ExUnit.start(seed: 0)

defmodule TimeoutTest do
  use ExUnit.Case

  @tag timeout: 50
  test "too slow" do
    Process.sleep(1000)
  end

  test "fast" do
    assert 1 == 1
  end
end
