ExUnit.start(seed: 0)

defmodule NumberingTest do
  use ExUnit.Case

  for n <- 1..11 do
    @tag n: n
    test "failure #{n}", %{n: n} do
      assert n == 0
    end
  end
end
