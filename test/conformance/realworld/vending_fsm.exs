defmodule VendingMachine do
  @moduledoc "A vending machine as an explicit state machine inside a GenServer."
  use GenServer
  require Logger

  @prices %{"A1" => 125, "A2" => 90, "B1" => 200}
  @coins [5, 10, 25, 100]
  @timeout 300

  def start_link(stock), do: GenServer.start_link(__MODULE__, stock)
  def insert(vm, coin), do: GenServer.call(vm, {:insert, coin})
  def select(vm, code), do: GenServer.call(vm, {:select, code})
  def cancel(vm), do: GenServer.call(vm, :cancel)
  def status(vm), do: :sys.get_state(vm) |> elem(0)
  def service(vm, on?), do: GenServer.cast(vm, {:service, on?})

  @impl true
  def init(stock), do: {:ok, {:idle, %{credit: 0, stock: stock, sales: [], timer: nil}}}

  @impl true
  def handle_call(event, _from, {state, data}) do
    case transition(state, event, data) do
      {:ok, next, reply, data} -> {:reply, reply, {next, arm(next, data)}}
      {:error, reason} -> {:reply, {:error, {state, reason}}, {state, data}}
    end
  end

  @impl true
  def handle_cast({:service, true}, {_, data}), do: {:noreply, {:service, data}}
  def handle_cast({:service, false}, {:service, data}), do: {:noreply, {:idle, data}}
  def handle_cast(_, st), do: {:noreply, st}

  @impl true
  def handle_info({:timeout, ref}, {:has_credit, %{timer: ref} = data}) do
    send(data.owner, {:refunded, data.credit})
    {:noreply, {:idle, %{data | credit: 0, timer: nil}}}
  end

  def handle_info({:timeout, _stale}, st), do: {:noreply, st}

  defp arm(:has_credit, data) do
    ref = make_ref()
    Process.send_after(self(), {:timeout, ref}, @timeout)
    %{data | timer: ref}
  end

  defp arm(_, data), do: %{data | timer: nil}

  # --- transitions ---
  defp transition(:service, _event, _data), do: {:error, :out_of_service}

  defp transition(state, {:insert, coin}, data) when state in [:idle, :has_credit] and coin in @coins do
    data = Map.put(%{data | credit: data.credit + coin}, :owner, Map.get(data, :owner, self_owner()))
    {:ok, :has_credit, {:credit, data.credit}, data}
  end

  defp transition(_state, {:insert, coin}, _data), do: {:error, {:rejected_coin, coin}}

  defp transition(:idle, {:select, _}, _), do: {:error, :no_credit}

  defp transition(:has_credit, {:select, code}, data) do
    with {:ok, price} <- Map.fetch(@prices, code) |> tag(:unknown_item),
         n when n > 0 <- Map.get(data.stock, code, 0),
         true <- data.credit >= price || {:need, price - data.credit} do
      change = make_change(data.credit - price, Enum.reverse(@coins), [])
      data = %{data | credit: 0, stock: Map.update!(data.stock, code, &(&1 - 1)), sales: [code | data.sales]}
      {:ok, :idle, {:vend, code, change}, data}
    else
      {:error, reason} -> {:error, reason}
      0 -> {:error, {:sold_out, code}}
      {:need, more} -> {:error, {:insert_more, more}}
    end
  end

  defp transition(:has_credit, :cancel, data), do: {:ok, :idle, {:refund, data.credit}, %{data | credit: 0}}
  defp transition(:idle, :cancel, _), do: {:error, :nothing_to_cancel}

  defp tag(:error, reason), do: {:error, reason}
  defp tag(ok, _), do: ok

  defp self_owner, do: Process.get(:owner)

  defp make_change(0, _, acc), do: Enum.reverse(acc)
  defp make_change(amount, [c | _] = coins, acc) when amount >= c, do: make_change(amount - c, coins, [c | acc])
  defp make_change(amount, [_ | rest], acc), do: make_change(amount, rest, acc)
end

defmodule Main do
  def run do
    {:ok, vm} = VendingMachine.start_link(%{"A1" => 2, "A2" => 0, "B1" => 5})
    me = self()
    :sys.replace_state(vm, fn {s, d} -> {s, Map.put(d, :owner, me)} end)
    steps = [
      {:select, "A1"},
      {:insert, 3},
      {:insert, 100},
      {:select, "A1"},
      {:insert, 25},
      {:insert, 10},
      {:select, "A1"},
      {:insert, 100},
      {:select, "A2"},
      {:select, "Z9"},
      :cancel,
      :cancel
    ]

    for step <- steps do
      reply =
        case step do
          {:insert, c} -> VendingMachine.insert(vm, c)
          {:select, code} -> VendingMachine.select(vm, code)
          :cancel -> VendingMachine.cancel(vm)
        end

      IO.puts("#{String.pad_trailing(inspect(step), 18)} -> #{inspect(reply)}  [#{VendingMachine.status(vm)}]")
    end

    VendingMachine.insert(vm, 25)
    receive do
      {:refunded, amount} -> IO.puts("timed out, refunded #{amount}")
    after
      5000 -> IO.puts("no refund")
    end
    IO.inspect(VendingMachine.status(vm), label: "after timeout")

    VendingMachine.service(vm, true)
    IO.inspect(VendingMachine.insert(vm, 25), label: "in service")
    VendingMachine.service(vm, false)
    IO.inspect(VendingMachine.insert(vm, 100), label: "back")
    IO.inspect(VendingMachine.insert(vm, 100), label: "more")
    IO.inspect(VendingMachine.select(vm, "B1"), label: "B1")
    {_, data} = :sys.get_state(vm)
    IO.inspect({data.stock, Enum.reverse(data.sales)}, label: "final")
  end
end

Main.run()
