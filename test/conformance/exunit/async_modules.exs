ExUnit.start(seed: 0)

defmodule AsyncOneTest do
  use ExUnit.Case, async: true

  test "async one" do
    assert self() != nil
  end
end

defmodule AsyncTwoTest do
  use ExUnit.Case, async: true

  test "async two", context do
    assert context.async == true
  end
end

defmodule SyncTest do
  use ExUnit.Case

  test "sync", context do
    assert context.async == false
  end
end
