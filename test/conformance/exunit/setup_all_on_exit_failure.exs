# setup_all's on_exit callbacks that fail: the module's report takes the first failure; its tests
# that passed count as failures (the report is numbered after them); a setup_all that failed
# keeps its own failure over its callbacks'.
ExUnit.start(seed: 0)

defmodule SetupAllRaisesTooTest do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> raise "cleanup" end)
    raise "setup_all body"
  end

  test "invalid", do: :ok
end

defmodule CallbacksFailTest do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> raise "first registered" end)
    on_exit(fn -> raise "second registered" end)
    :ok
  end

  test "passes one", do: :ok
  test "passes two", do: :ok
  test "fails", do: assert(1 == 2)
end

defmodule AfterwardsTest do
  use ExUnit.Case

  test "numbered after the module failure", do: assert(:a == :b)
end
