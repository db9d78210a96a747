# A bank of accounts as a GenServer with a Registry, transfers and an audit trail.
defmodule Account do
  use GenServer

  def start_link({id, balance}), do: GenServer.start_link(__MODULE__, {id, balance}, name: via(id))
  def via(id), do: {:via, Registry, {Bank.Registry, id}}

  def balance(id), do: GenServer.call(via(id), :balance)
  def deposit(id, amount), do: GenServer.call(via(id), {:deposit, amount})
  def withdraw(id, amount), do: GenServer.call(via(id), {:withdraw, amount})
  def history(id), do: GenServer.call(via(id), :history)

  @impl true
  def init({id, balance}), do: {:ok, %{id: id, balance: balance, history: []}}

  @impl true
  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
  def handle_call(:history, _from, s), do: {:reply, Enum.reverse(s.history), s}

  def handle_call({:deposit, amount}, _from, s) when is_integer(amount) and amount > 0 do
    s = %{s | balance: s.balance + amount, history: [{:deposit, amount} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call({:deposit, amount}, _from, s), do: {:reply, {:error, {:invalid_amount, amount}}, s}

  def handle_call({:withdraw, amount}, _from, %{balance: b} = s) when amount > b,
    do: {:reply, {:error, :insufficient_funds}, s}

  def handle_call({:withdraw, amount}, _from, s) do
    s = %{s | balance: s.balance - amount, history: [{:withdraw, amount} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end
end

defmodule Bank do
  def transfer(from, to, amount) do
    with {:ok, _} <- Account.withdraw(from, amount),
         {:ok, _} <- Account.deposit(to, amount) do
      :ok
    else
      {:error, reason} -> {:error, reason}
    end
  end

  def total(ids), do: ids |> Enum.map(&Account.balance/1) |> Enum.sum()
end

defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Bank.Registry)
    accounts = [alice: 100, bob: 50, carol: 0]
    for {id, bal} <- accounts, do: {:ok, _} = Account.start_link({id, bal})

    IO.inspect(Bank.transfer(:alice, :bob, 30))
    IO.inspect(Bank.transfer(:bob, :carol, 500))
    IO.inspect(Bank.transfer(:carol, :alice, 0))
    IO.inspect(Account.deposit(:carol, -5))
    IO.inspect(for {id, _} <- accounts, do: {id, Account.balance(id)})
    IO.inspect(Bank.total(Keyword.keys(accounts)))
    IO.inspect(Account.history(:bob))
    IO.inspect(Registry.lookup(Bank.Registry, :alice) |> length())
    IO.inspect(Registry.keys(Bank.Registry, self()))
    IO.inspect(Registry.count(Bank.Registry))

    tasks = for i <- 1..20, do: Task.async(fn -> Account.deposit(:carol, i) end)
    results = Task.await_many(tasks)
    IO.inspect(Enum.count(results, &match?({:ok, _}, &1)))
    IO.inspect(Account.balance(:carol))
    IO.inspect(GenServer.whereis(Account.via(:nobody)))
    try do
      Account.balance(:nobody)
    catch
      :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "exit")
    end
  end
end

Main.run()
