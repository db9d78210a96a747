# several async modules and a sync one, one failure
ExUnit.start(seed: 0)

defmodule AsyncA do
  use ExUnit.Case, async: true
  test "a1", do: assert(Enum.sum(1..10) == 55)
  test "a2", do: assert(String.reverse("abc") == "cba")
end

defmodule AsyncB do
  use ExUnit.Case, async: true
  test "b1", do: assert(Enum.map([1, 2], &(&1 * 2)) == [2, 4])
  test "b2 fails", do: assert(Enum.count([1, 2, 3]) == 2)
end

defmodule SyncC do
  use ExUnit.Case
  test "c1", do: assert(:ok == :ok)
end
