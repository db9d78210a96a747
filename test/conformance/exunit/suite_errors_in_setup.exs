# a setup that raises and a setup_all returning {:error, _}, beside a passing module
ExUnit.start(seed: 0)

defmodule SetupFailTest do
  use ExUnit.Case

  setup do
    raise "setup broke"
  end

  test "never runs" do
    assert true
  end
end

defmodule SetupAllFailTest do
  use ExUnit.Case

  setup_all do
    {:error, :nope}
  end

  test "a" do
    assert true
  end
end

defmodule OkTest do
  use ExUnit.Case
  test "fine", do: assert(true)
end
