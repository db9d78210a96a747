# With colours on, the notice that --max-failures was reached is red, as the other failure text
ExUnit.start(seed: 0, max_failures: 1, colors: [enabled: true])

defmodule MaxFailuresColorsTest do
  use ExUnit.Case

  test "first", do: assert(1 + 1 == 3)
  test "second", do: assert([1] == [2])
  test "third", do: assert(true)
end
