ExUnit.start(seed: 0, trace: true)

defmodule FirstTest do
  use ExUnit.Case
  test "a", do: assert(true)
  test "b", do: assert(true)
end

defmodule SecondTest do
  use ExUnit.Case
  test "c", do: assert(true)
end
