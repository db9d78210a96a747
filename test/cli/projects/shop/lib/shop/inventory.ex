defmodule Shop.Inventory do
  @moduledoc "Stock levels, kept by a process that tells subscribers about changes."
  use GenServer

  def start_link(stock), do: GenServer.start_link(__MODULE__, stock)

  def subscribe(pid), do: GenServer.call(pid, {:subscribe, self()})
  def take(pid, sku, n), do: GenServer.call(pid, {:take, sku, n})
  def level(pid, sku), do: GenServer.call(pid, {:level, sku})

  @impl true
  def init(stock), do: {:ok, %{stock: stock, subs: []}}

  @impl true
  def handle_call({:subscribe, pid}, _from, state), do: {:reply, :ok, %{state | subs: [pid | state.subs]}}

  def handle_call({:level, sku}, _from, state), do: {:reply, Map.get(state.stock, sku, 0), state}

  def handle_call({:take, sku, n}, _from, state) do
    have = Map.get(state.stock, sku, 0)

    if have >= n do
      left = have - n
      for s <- state.subs, do: send(s, {:stock_changed, sku, left})
      if left == 0, do: for(s <- state.subs, do: send(s, {:sold_out, sku}))
      {:reply, {:ok, left}, put_in(state.stock[sku], left)}
    else
      {:reply, {:error, {:insufficient, sku, have}}, state}
    end
  end
end
