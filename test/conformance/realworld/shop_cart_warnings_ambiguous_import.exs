defmodule Shop.Cart do
  alias Shop.Item
  alias Shop.{Price, Tax}
  import Enum, only: [map: 2, sum: 1]
  import String
  require Logger

  @default_tax 0.2
  @unused_attr :x

  defstruct items: [], coupon: nil

  def new, do: %__MODULE__{}

  def add(cart, item, qty \\ 1) do
    unused = qty * 2
    %{cart | items: [{item, qty} | cart.items]}
  end

  def total(%__MODULE__{items: items} = cart) do
    subtotal = items |> map(fn {i, q} -> i.price * q end) |> sum()
    discount = case cart.coupon do
      "HALF" -> subtotal / 2
      nil -> 0
      other -> 0
    end
    (subtotal - discount) * (1 + @default_tax)
  end

  def describe(cart) do
    x = 1
    if length(cart.items) > 0 do
      x = 2
    end
    "#{x} items"
  end

  def label(name), do: upcase(name)

  defp helper_never_used(a), do: a

  def weird(a, a), do: :same
  def weird(_a, b), do: b
  def weird(1, 2), do: :never

  def match_list([h | t]) do
    [h | t]
  end

  def cond_all(x) do
    cond do
      x > 1 -> :big
      true -> :small
    end
  end
end

cart = Shop.Cart.new() |> Shop.Cart.add(%{price: 10}, 2) |> Shop.Cart.add(%{price: 5})
IO.inspect(Shop.Cart.total(cart))
IO.puts(Shop.Cart.describe(cart))
IO.puts(Shop.Cart.label("abc"))
IO.inspect(Shop.Cart.weird(1, 1))
