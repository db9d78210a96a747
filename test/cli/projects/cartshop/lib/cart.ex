defmodule Cart do
  @moduledoc """
  A shopping cart.

      iex> Cart.new() |> Cart.add(:apple, 2) |> Cart.count()
      2

      iex> Cart.new()
      ...> |> Cart.add(:pear, 1)
      ...> |> Cart.add(:pear, 3)
      ...> |> Cart.items()
      %{pear: 4}
  """
  defstruct items: %{}

  def new, do: %Cart{}

  @doc """
  Adds `qty` of `item`.

      iex> Cart.add(Cart.new(), :kiwi, 0)
      ** (ArgumentError) quantity must be positive, got: 0
  """
  def add(%Cart{items: items} = cart, item, qty) when is_integer(qty) do
    if qty <= 0, do: raise(ArgumentError, "quantity must be positive, got: #{qty}")
    %{cart | items: Map.update(items, item, qty, &(&1 + qty))}
  end

  def items(%Cart{items: items}), do: items
  def count(%Cart{items: items}), do: items |> Map.values() |> Enum.sum()

  @doc """
      iex> Cart.total(Cart.new() |> Cart.add(:apple, 2), %{apple: 3})
      7
  """
  def total(cart, prices) do
    Enum.reduce(cart.items, 0, fn {item, qty}, acc -> acc + Map.fetch!(prices, item) * qty end)
  end
end

