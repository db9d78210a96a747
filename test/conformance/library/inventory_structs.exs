# An inventory with structs, protocols, with/else and Enum pipelines.
defmodule Item do
  @enforce_keys [:sku, :name]
  defstruct [:sku, :name, qty: 0, price: 0.0, tags: []]

  def new(attrs) do
    with {:ok, sku} <- fetch(attrs, :sku),
         {:ok, name} <- fetch(attrs, :name),
         :ok <- check_qty(Map.get(attrs, :qty, 0)) do
      {:ok, struct!(__MODULE__, attrs)}
    end
  end

  defp fetch(attrs, key) do
    case Map.fetch(attrs, key) do
      {:ok, v} when is_binary(v) and v != "" -> {:ok, v}
      _ -> {:error, {:missing, key}}
    end
  end

  defp check_qty(q) when is_integer(q) and q >= 0, do: :ok
  defp check_qty(q), do: {:error, {:bad_qty, q}}
end

defimpl String.Chars, for: Item do
  def to_string(%Item{sku: sku, name: name, qty: qty}), do: "#{sku} #{name} x#{qty}"
end

defimpl Inspect, for: Item do
  import Inspect.Algebra
  def inspect(item, opts), do: concat(["#Item<", to_doc(item.sku, opts), ">"])
end

defmodule Inventory do
  def load(rows) do
    Enum.reduce(rows, {%{}, []}, fn row, {ok, errors} ->
      case Item.new(row) do
        {:ok, item} -> {Map.put(ok, item.sku, item), errors}
        {:error, reason} -> {ok, [{row, reason} | errors]}
      end
    end)
    |> then(fn {ok, errors} -> {ok, Enum.reverse(errors)} end)
  end

  def restock(inv, sku, n) do
    case inv do
      %{^sku => item} -> {:ok, %{inv | sku => %{item | qty: item.qty + n}}}
      _ -> {:error, :unknown_sku}
    end
  end

  def value(inv), do: inv |> Map.values() |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()

  def by_tag(inv) do
    for {_, item} <- inv, tag <- item.tags, reduce: %{} do
      acc -> Map.update(acc, tag, [item.sku], &[item.sku | &1])
    end
    |> Map.new(fn {tag, skus} -> {tag, Enum.sort(skus)} end)
  end
end

rows = [
  %{sku: "A-1", name: "Widget", qty: 10, price: 2.5, tags: [:metal, :small]},
  %{sku: "B-2", name: "Gadget", qty: 3, price: 19.99, tags: [:small]},
  %{sku: "", name: "Nameless"},
  %{sku: "C-3", name: "Doohickey", qty: -1},
  %{sku: "D-4", name: "Gizmo", price: 7.0, tags: [:metal]},
  %{name: "No sku"}
]

{inv, errors} = Inventory.load(rows)
IO.inspect(inv)
IO.inspect(errors)
IO.puts(Enum.map_join(Enum.sort_by(Map.values(inv), & &1.sku), "\n", &to_string/1))
{:ok, inv} = Inventory.restock(inv, "D-4", 5)
IO.inspect(Inventory.restock(inv, "Z-9", 1))
IO.puts("value: #{:erlang.float_to_binary(Inventory.value(inv), decimals: 2)}")
IO.inspect(Inventory.by_tag(inv))
IO.inspect(inv["D-4"], structs: false)
try do
  struct!(Item, %{name: "x"})
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Enum.max_by(Map.values(inv), & &1.price))
