defmodule Shop.Cart do
  @moduledoc """
  A shopping cart: items with a quantity and a unit price in cents.

      iex> cart = Shop.Cart.new()
      iex> cart = Shop.Cart.add(cart, :apple, 2, 50)
      iex> Shop.Cart.total(cart)
      100

  Carts are plain structs:

      iex> Shop.Cart.new()
      %Shop.Cart{items: %{}}
  """
  defstruct items: %{}

  defmodule EmptyError do
    defexception message: "the cart is empty"
  end

  @doc "An empty cart."
  def new, do: %__MODULE__{}

  @doc """
  Adds `qty` items of `sku` at `price` cents each.

      iex> Shop.Cart.new() |> Shop.Cart.add(:pear, 1, 30) |> Shop.Cart.count()
      1

      iex> Shop.Cart.new()
      ...> |> Shop.Cart.add(:pear, 1, 30)
      ...> |> Shop.Cart.add(:pear, 2, 30)
      ...> |> Shop.Cart.count()
      3

      iex> Shop.Cart.add(Shop.Cart.new(), :pear, 0, 30)
      ** (ArgumentError) quantity must be positive, got: 0
  """
  def add(%__MODULE__{items: items} = cart, sku, qty, price) when is_atom(sku) do
    if qty <= 0, do: raise(ArgumentError, "quantity must be positive, got: #{qty}")
    %{cart | items: Map.update(items, sku, {qty, price}, fn {q, p} -> {q + qty, p} end)}
  end

  @doc """
  Number of items.

      iex> Shop.Cart.count(Shop.Cart.new())
      0
  """
  def count(%__MODULE__{items: items}), do: items |> Map.values() |> Enum.map(&elem(&1, 0)) |> Enum.sum()

  @doc """
  Total in cents.

      iex> Shop.Cart.new() |> Shop.Cart.add(:fig, 3, 20) |> Shop.Cart.total()
      60
  """
  def total(%__MODULE__{items: items}) do
    Enum.reduce(items, 0, fn {_sku, {q, p}}, acc -> acc + q * p end)
  end

  @doc """
  Checks out: the total, or an error for an empty cart.

      iex> Shop.Cart.checkout(Shop.Cart.new())
      {:error, :empty}
      iex> Shop.Cart.new() |> Shop.Cart.add(:kiwi, 1, 15) |> Shop.Cart.checkout()
      {:ok, 16}
  """
  def checkout(cart) do
    case total(cart) do
      0 -> {:error, :empty}
      n -> {:ok, n}
    end
  end

  @doc "Like checkout/1 but raises."
  def checkout!(cart) do
    case checkout(cart) do
      {:ok, n} -> n
      {:error, :empty} -> raise EmptyError
    end
  end
end
