ExUnit.start(seed: 0)

defmodule ModuleSkippedTest do
  use ExUnit.Case
  @moduletag :skip

  test "one", do: flunk("skipped")
  test "two", do: flunk("skipped")
end

defmodule RunsTest do
  use ExUnit.Case
  test "three", do: assert(true)
end
