ExUnit.start(seed: 0)

defmodule IoTest do
  use ExUnit.Case

  test "prints" do
    IO.puts("hello from a test")
    assert true
  end

  test "prints too" do
    IO.puts("second line")
  end
end
