ExUnit.start(seed: 0)

defmodule SetupAllTest do
  use ExUnit.Case

  setup_all do
    {:ok, shared: :from_setup_all}
  end

  setup context do
    [seen: context.shared]
  end

  test "sees setup_all", %{shared: shared, seen: seen} do
    assert shared == :from_setup_all
    assert seen == :from_setup_all
  end
end

defmodule SetupAllFailTest do
  use ExUnit.Case

  setup_all do
    raise "boom"
  end

  test "one", do: assert(true)
  test "two", do: assert(true)
end
