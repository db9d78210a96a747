# max_failures: 2 over five generated failing tests
ExUnit.start(seed: 0, max_failures: 2)

defmodule MaxFailTest do
  use ExUnit.Case

  for i <- 1..5 do
    test "failing #{i}" do
      assert unquote(i) == 0
    end
  end
end
