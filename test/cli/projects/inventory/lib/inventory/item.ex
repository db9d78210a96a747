defmodule Inventory.Item do
  @moduledoc """
  An item in stock.

      iex> item = Inventory.Item.new("apple", 3)
      iex> item.qty
      3

      iex> Inventory.Item.new("pear", -1)
      ** (ArgumentError) quantity must be >= 0, got: -1
  """
  @enforce_keys [:name]
  defstruct [:name, qty: 0, price: 0]

  @type t :: %__MODULE__{name: String.t(), qty: non_neg_integer()}

  @doc """
  Builds an item.

  ## Examples

      iex> Inventory.Item.new("kiwi", 2)
      %Inventory.Item{name: "kiwi", qty: 2, price: 0}

      iex> Inventory.Item.new("kiwi", 2, 10)
      %Inventory.Item{name: "kiwi", qty: 2, price: 11}
  """
  def new(name, qty, price \\ 0)

  def new(_name, qty, _price) when qty < 0 do
    raise ArgumentError, "quantity must be >= 0, got: #{qty}"
  end

  def new(name, qty, price), do: %__MODULE__{name: name, qty: qty, price: price}

  @doc """
  Total value.

      iex> [Inventory.Item.new("a", 2, 5),
      ...>  Inventory.Item.new("b", 1, 3)]
      ...> |> Enum.map(&Inventory.Item.value/1)
      ...> |> Enum.sum()
      13

      iex> Inventory.Item.value(%{})
      ** (FunctionClauseError) no function clause matching in Inventory.Item.value/1
  """
  def value(%__MODULE__{qty: q, price: p}), do: q * p
end
