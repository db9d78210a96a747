ExUnit.start(seed: 0)

defmodule LinkedTest do
  use ExUnit.Case

  test "a linked process crashes" do
    spawn_link(fn -> exit(:kaboom) end)
    Process.sleep(1000)
  end

  test "the next test still runs" do
    assert true
  end
end
