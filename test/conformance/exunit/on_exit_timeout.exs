ExUnit.start(seed: 0)

defmodule OnExitTimeoutTest do
  use ExUnit.Case

  @tag timeout: 200
  test "callback that never returns" do
    on_exit(fn -> Process.sleep(:infinity) end)
    assert true
  end

  @tag timeout: 200
  test "callback that raises" do
    on_exit(fn -> raise "cleanup failed" end)
  end

  @tag timeout: 200
  test "callback that exits" do
    on_exit(fn -> exit(:cleanup_exit) end)
  end
end

defmodule OnExitModuleTimeoutTest do
  use ExUnit.Case
  @moduletag timeout: 200

  test "hung callback after a later one" do
    on_exit(fn -> IO.puts("after hang") end)
    on_exit(fn -> receive do: (:never -> :ok) end)
  end
end
