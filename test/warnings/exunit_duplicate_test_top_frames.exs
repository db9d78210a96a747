# a test name defined twice outside describe: ExUnit.DuplicateTestError from
# ExUnit.Case.register_test/6 under the module body's frame
ExUnit.start(seed: 0)

defmodule DuplicateTestTopFramesTest do
  use ExUnit.Case

  test "same", do: :ok
  test "same", do: :ok
end
