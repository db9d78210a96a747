ExUnit.start(seed: 0, trace: true)

defmodule OrderATest do
  use ExUnit.Case
  test "z last defined first", do: assert(true)
  test "a second", do: assert(true)
  test "m third", do: assert(true)
end

defmodule OrderBTest do
  use ExUnit.Case
  test "only", do: assert(true)
end

defmodule OrderCTest do
  use ExUnit.Case, async: true
  test "async one", do: assert(true)
end
