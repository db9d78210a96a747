# --trace with max_failures: 1: once the first failure aborts the suite, no later module starts,
# the sync ones after the async ones included (no header of theirs is printed)
ExUnit.start(seed: 0, trace: true, max_failures: 1)

defmodule FirstAsyncTest do
  use ExUnit.Case, async: true

  test "fails" do
    assert 1 + 1 == 3
  end

  test "passes", do: :ok
end

defmodule LaterSyncTest do
  use ExUnit.Case

  test "never runs" do
    IO.puts("not printed")
  end
end

defmodule OtherSyncTest do
  use ExUnit.Case

  test "never runs either", do: :ok
end
