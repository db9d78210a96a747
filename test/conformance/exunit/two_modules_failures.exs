ExUnit.start(seed: 0)

defmodule FirstFailTest do
  use ExUnit.Case
  test "first", do: assert(1 == 2)
end

defmodule SecondFailTest do
  use ExUnit.Case
  test "second", do: assert(:a == :b)
end
