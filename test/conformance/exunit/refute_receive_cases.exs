ExUnit.start(seed: 0)

defmodule RefuteReceiveTest do
  use ExUnit.Case

  test "nothing arrives" do
    refute_receive :anything, 20
    refute_received :anything
  end

  test "something arrives" do
    send(self(), {:tick, 7})
    refute_received {:tick, _}
  end
end
