ExUnit.start(seed: 0)

defmodule ContextKeysTest do
  use ExUnit.Case

  test "standard keys", context do
    keys = context |> Map.keys() |> Enum.sort()
    IO.inspect(Enum.filter(keys, &(&1 in [:async, :case, :describe, :describe_line, :file, :line, :module, :registered, :test, :test_type])))
    assert context.describe == nil
    assert context.test_type == :test
  end
end
