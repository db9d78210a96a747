ExUnit.start(seed: 0)

defmodule SetupAllContextTest do
  use ExUnit.Case

  setup_all context do
    [module_seen: context.module]
  end

  test "setup_all gets the module", %{module_seen: seen} do
    assert seen == SetupAllContextTest
  end

  test "setup_all values reach every test", context do
    assert Map.has_key?(context, :module_seen)
  end
end
