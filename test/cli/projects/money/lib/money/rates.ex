defmodule Money.Rates do
  @moduledoc """
  Exchange rates, held by a GenServer.
  """
  use GenServer

  def start_link(rates, opts \\ []) do
    GenServer.start_link(__MODULE__, Map.new(rates), opts)
  end

  @doc """
  Converts `money` to `to`.

      iex> {:ok, pid} = Money.Rates.start_link(%{{:EUR, :USD} => 1.1})
      iex> Money.Rates.convert(pid, Money.new(1000, :EUR), :USD)
      {:ok, #Money<11.00 USD>}
      iex> Money.Rates.convert(pid, Money.new(1000, :USD), :GBP)
      {:error, {:no_rate, :USD, :GBP}}
  """
  def convert(server, %Money{currency: c} = m, c), do: GenServer.call(server, {:noop, m})
  def convert(server, money, to), do: GenServer.call(server, {:convert, money, to})

  def put_rate(server, from, to, rate), do: GenServer.cast(server, {:put, from, to, rate})

  @impl true
  def init(rates), do: {:ok, rates}

  @impl true
  def handle_call({:noop, m}, _from, rates), do: {:reply, {:ok, m}, rates}

  def handle_call({:convert, %Money{amount: a, currency: from}, to}, _from, rates) do
    case Map.fetch(rates, {from, to}) do
      {:ok, rate} -> {:reply, {:ok, Money.new(round(a * rate), to)}, rates}
      :error -> {:reply, {:error, {:no_rate, from, to}}, rates}
    end
  end

  @impl true
  def handle_cast({:put, from, to, rate}, rates) do
    {:noreply, Map.put(rates, {from, to}, rate)}
  end
end
