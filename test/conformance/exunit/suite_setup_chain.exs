# setup with atoms and lists of private functions returning maps, keyword lists and {:ok, kw}, in describe too
ExUnit.start(seed: 0)

defmodule ChainTest do
  use ExUnit.Case

  setup :first
  setup [:second, :third]

  defp first(_), do: %{order: [:first]}
  defp second(%{order: o}), do: [order: o ++ [:second]]
  defp third(ctx), do: {:ok, order: ctx.order ++ [:third]}

  test "order", %{order: order} do
    assert order == [:first, :second, :third]
  end

  describe "nested" do
    setup %{order: o} do
      %{order: o ++ [:describe]}
    end

    test "order in describe", %{order: order} do
      assert order == [:first, :second, :third]
    end
  end

  test "context has tags", context do
    assert Map.has_key?(context, :file)
    assert context.line == 31
  end
end
