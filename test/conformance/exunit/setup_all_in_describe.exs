# setup_all inside a describe block raises as the module body runs: nothing runs, exit status 1
ExUnit.start(seed: 0)

defmodule SetupAllInDescribeTest do
  use ExUnit.Case

  describe "group" do
    setup_all do
      :ok
    end

    test "x", do: :ok
  end
end
