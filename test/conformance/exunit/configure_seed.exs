ExUnit.start()
ExUnit.configure(seed: 0, exclude: [:later])
IO.inspect(ExUnit.configuration()[:seed])
IO.inspect(ExUnit.configuration()[:exclude])

defmodule ConfiguredTest do
  use ExUnit.Case

  @tag :later
  test "excluded" do
    flunk("no")
  end

  test "included" do
    assert true
  end
end
