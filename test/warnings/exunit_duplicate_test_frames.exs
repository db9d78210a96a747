# a test name defined twice (here in a describe block): ExUnit.DuplicateTestError raised from
# ExUnit.Case.register_test/6, as the module body runs, under the describe's fn and
# ExUnit.Callbacks.__describe__/4
ExUnit.start(seed: 0)

defmodule DuplicateTestFramesTest do
  use ExUnit.Case

  test "same", do: :ok

  describe "group" do
    test "same", do: :ok
    test "same", do: :ok
  end
end
