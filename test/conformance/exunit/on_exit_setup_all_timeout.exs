ExUnit.start(seed: 0, timeout: 200)
defmodule OnExitSetupAllTimeoutTest do
  use ExUnit.Case
  setup_all do
    on_exit(fn -> Process.sleep(:infinity) end)
    :ok
  end
  test "t", do: :ok
end
