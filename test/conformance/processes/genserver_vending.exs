defmodule Vending do
  use GenServer
  @prices %{cola: 150, chips: 100, candy: 65}

  def start_link, do: GenServer.start_link(__MODULE__, nil, name: :vend)
  def insert(c), do: GenServer.call(:vend, {:insert, c})
  def select(i), do: GenServer.call(:vend, {:select, i})
  def refund, do: GenServer.call(:vend, :refund)

  def init(_), do: {:ok, %{credit: 0, sales: [], stock: %{cola: 1, chips: 5, candy: 0}}}

  def handle_call({:insert, c}, _f, s) when c in [5, 10, 25, 100], do: {:reply, {:credit, s.credit + c}, %{s | credit: s.credit + c}}
  def handle_call({:insert, c}, _f, s), do: {:reply, {:rejected, c}, s}
  def handle_call({:select, item}, _f, s) do
    price = Map.get(@prices, item)
    stock = Map.get(s.stock, item, 0)
    cond do
      price == nil -> {:reply, {:error, :unknown_item}, s}
      stock == 0 -> {:reply, {:error, :sold_out}, s}
      s.credit < price -> {:reply, {:error, {:need, price - s.credit}}, s}
      true ->
        s = %{s | credit: 0, sales: [item | s.sales], stock: Map.update!(s.stock, item, &(&1 - 1))}
        {:reply, {:vend, item, change(s.credit + 0, price, s)}, s}
    end
  end
  def handle_call(:refund, _f, s), do: {:reply, {:refund, s.credit}, %{s | credit: 0}}
  def handle_call(:report, _f, s), do: {:reply, s, s}

  defp change(_, _, _), do: :see_credit
end

defmodule Main do
  def run do
    Vending.start_link()
    steps = [
      fn -> Vending.insert(100) end,
      fn -> Vending.select(:cola) end,
      fn -> Vending.insert(25) end,
      fn -> Vending.insert(3) end,
      fn -> Vending.insert(25) end,
      fn -> Vending.select(:cola) end,
      fn -> Vending.select(:cola) end,
      fn -> Vending.insert(100) end,
      fn -> Vending.select(:candy) end,
      fn -> Vending.select(:pizza) end,
      fn -> Vending.select(:chips) end,
      fn -> Vending.refund() end
    ]
    Enum.each(steps, fn f -> IO.inspect(f.()) end)
    IO.inspect(GenServer.call(:vend, :report))
  end
end

Main.run()
