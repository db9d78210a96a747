defmodule Inventory.Item do
  @enforce_keys [:sku, :name]
  defstruct [:sku, :name, qty: 0, price: 0.0, tags: []]

  defimpl String.Chars do
    def to_string(%{sku: sku, name: name, qty: qty}), do: "#{sku} #{name} x#{qty}"
  end

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(item, opts) do
      concat(["#Item<", to_doc(item.sku, opts), " ", to_doc(item.qty, opts), ">"])
    end
  end
end

defmodule Inventory.OutOfStock do
  defexception [:sku, :wanted, :have]
  @impl true
  def message(%{sku: s, wanted: w, have: h}), do: "out of stock: #{s} wanted #{w}, have #{h}"
end

defmodule Inventory do
  use GenServer
  alias Inventory.Item

  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)
  def take(sku, n), do: GenServer.call(__MODULE__, {:take, sku, n})
  def add(item), do: GenServer.cast(__MODULE__, {:add, item})
  def all, do: GenServer.call(__MODULE__, :all)

  @impl true
  def init(items), do: {:ok, Map.new(items, &{&1.sku, &1})}

  @impl true
  def handle_call({:take, sku, n}, _from, state) do
    case Map.fetch(state, sku) do
      {:ok, %Item{qty: q} = it} when q >= n ->
        {:reply, {:ok, %{it | qty: n}}, Map.put(state, sku, %{it | qty: q - n})}
      {:ok, it} ->
        {:reply, {:error, %Inventory.OutOfStock{sku: sku, wanted: n, have: it.qty}}, state}
      :error ->
        {:reply, {:error, :unknown_sku}, state}
    end
  end

  def handle_call(:all, _from, state), do: {:reply, state |> Map.values() |> Enum.sort_by(& &1.sku), state}

  @impl true
  def handle_cast({:add, %Item{sku: sku} = item}, state) do
    {:noreply, Map.update(state, sku, item, fn old -> %{old | qty: old.qty + item.qty} end)}
  end
end

defmodule Main do
  alias Inventory.Item
  def run do
    {:ok, _} = Inventory.start_link([
      %Item{sku: "A1", name: "Widget", qty: 10, price: 2.5, tags: [:metal]},
      %Item{sku: "B2", name: "Gadget", qty: 3, price: 10.0}
    ])
    IO.inspect(Inventory.take("A1", 4), label: "take A1")
    case Inventory.take("B2", 5) do
      {:error, e} -> IO.puts(Exception.message(e)); IO.inspect(e)
    end
    IO.inspect(Inventory.take("ZZ", 1))
    Inventory.add(%Item{sku: "B2", name: "Gadget", qty: 7})
    Inventory.add(%Item{sku: "C3", name: "Doohickey", qty: 1, price: 99.99})
    items = Inventory.all()
    IO.inspect(items, label: "all")
    Enum.each(items, &IO.puts/1)
    IO.puts("Total: #{Enum.map(items, &to_string/1) |> Enum.join(", ")}")
    IO.inspect(items, structs: false, limit: 3)
    total = items |> Enum.map(&(&1.qty * &1.price)) |> Enum.sum()
    IO.puts(:io_lib.format("value ~.2f~n", [total]))
    :io.format("~-6s|~6w|~8.2f~n", ['sku', 42, 3.14159])
    for it <- items, do: :io.format("~-4s ~-10s ~5b ~10.2f~n", [it.sku, it.name, it.qty, it.price * 1.0])
    try do
      raise Inventory.OutOfStock, sku: "X", wanted: 1, have: 0
    rescue
      e in Inventory.OutOfStock -> IO.inspect({e.__struct__, Exception.message(e)})
    end
    try do
      struct!(Item, sku: "x")
    rescue
      e -> IO.inspect(e)
    end
  rescue
    e -> IO.inspect(e, label: "outer")
  end
end

Main.run()
raise Inventory.OutOfStock, sku: "END", wanted: 2, have: 1
