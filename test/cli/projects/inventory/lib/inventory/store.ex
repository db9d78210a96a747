defmodule Inventory.Store do
  use GenServer
  alias Inventory.Item

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, :ok, opts)
  def add(store, %Item{} = item), do: GenServer.call(store, {:add, item})
  def take(store, name, n), do: GenServer.call(store, {:take, name, n})
  def stock(store, name), do: GenServer.call(store, {:stock, name})
  def all(store), do: GenServer.call(store, :all)

  @impl true
  def init(:ok), do: {:ok, %{}}

  @impl true
  def handle_call({:add, item}, _from, items) do
    items = Map.update(items, item.name, item, &%{&1 | qty: &1.qty + item.qty})
    {:reply, :ok, items}
  end

  def handle_call({:take, name, n}, _from, items) do
    case items do
      %{^name => %{qty: q} = item} when q >= n ->
        {:reply, {:ok, q - n}, Map.put(items, name, %{item | qty: q - n})}

      %{^name => _} ->
        {:reply, {:error, :insufficient}, items}

      _ ->
        {:reply, {:error, :not_found}, items}
    end
  end

  def handle_call({:stock, name}, _from, items) do
    {:reply, items |> Map.get(name, %{qty: 0}) |> Map.fetch!(:qty), items}
  end

  def handle_call(:all, _from, items), do: {:reply, items |> Map.values() |> Enum.sort_by(& &1.name), items}
end
