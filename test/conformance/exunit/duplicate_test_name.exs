# a test name defined twice in a module (here inside a describe, where the name has its prefix)
# raises ExUnit.DuplicateTestError as the module body runs: nothing runs, exit status 1
ExUnit.start(seed: 0)
IO.puts("before the module")

defmodule DuplicateTestNameTest do
  use ExUnit.Case

  test "same", do: :ok

  describe "group" do
    test "same", do: :ok
    test "same", do: :ok
  end
end
