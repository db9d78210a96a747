ExUnit.start(seed: 0)

defmodule AsyncFailTest do
  use ExUnit.Case, async: true

  test "async failure" do
    assert :async == :sync
  end
end

defmodule SyncAfterAsyncTest do
  use ExUnit.Case

  test "sync failure" do
    assert 1 == 0
  end
end
