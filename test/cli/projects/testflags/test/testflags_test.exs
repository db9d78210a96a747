defmodule TestflagsAsyncTest do
  use ExUnit.Case, async: true

  test "doubles", do: assert(Testflags.double(2) == 4)
  @tag :bad
  test "doubles wrongly", do: assert(Testflags.double(2) == 5)
end

defmodule TestflagsSyncTest do
  use ExUnit.Case

  test "sync one", do: assert(Testflags.double(0) == 0)
  @tag :bad
  test "sync bad", do: assert(Testflags.double(1) == 3)
end
