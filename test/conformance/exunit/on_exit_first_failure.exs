# on_exit callbacks that fail: the test reports one failure, the first callback to fail (they run
# newest first); a test that failed itself keeps its own failure.
ExUnit.start(seed: 0)

defmodule OnExitFirstFailureTest do
  use ExUnit.Case

  test "two failing callbacks" do
    on_exit(fn -> raise "first registered" end)
    on_exit(fn -> raise "second registered" end)
    :ok
  end

  test "an exit and a raise" do
    on_exit(fn -> raise "raised" end)
    on_exit(fn -> exit(:exited) end)
    :ok
  end

  test "the test fails too" do
    on_exit(fn -> raise "cleanup" end)
    raise "body"
  end
end
