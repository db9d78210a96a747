ExUnit.start(seed: 0)

defmodule NamedSetupTest do
  use ExUnit.Case

  setup [:first, :second]

  defp first(_context), do: [first: 1]
  defp second(%{first: first}), do: {:ok, second: first + 1}

  test "both ran", context do
    assert context.first == 1
    assert context.second == 2
  end
end
