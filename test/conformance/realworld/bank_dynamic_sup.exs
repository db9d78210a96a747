defmodule Bank.Account do
  use GenServer, restart: :transient
  require Logger

  defstruct [:id, balance: 0, history: []]

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))

  defp via(id), do: {:via, Registry, {Bank.Registry, {:account, id}}}

  def deposit(id, amount) when is_integer(amount) and amount > 0,
    do: GenServer.call(via(id), {:deposit, amount})

  def withdraw(id, amount), do: GenServer.call(via(id), {:withdraw, amount})
  def balance(id), do: GenServer.call(via(id), :balance)
  def history(id), do: GenServer.call(via(id), :history)
  def close(id), do: GenServer.stop(via(id), :normal)

  @impl true
  def init(id) do
    {:ok, %__MODULE__{id: id}, {:continue, :load}}
  end

  @impl true
  def handle_continue(:load, state) do
    {:noreply, %{state | history: [{:opened, state.id}]}}
  end

  @impl true
  def handle_call({:deposit, amount}, _from, %{balance: b} = s) do
    s = %{s | balance: b + amount, history: [{:deposit, amount} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call({:withdraw, amount}, _from, %{balance: b} = s) when amount > b do
    {:reply, {:error, :insufficient_funds}, s}
  end

  def handle_call({:withdraw, amount}, _from, %{balance: b} = s) do
    s = %{s | balance: b - amount, history: [{:withdraw, amount} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
  def handle_call(:history, _from, s), do: {:reply, Enum.reverse(s.history), s}
end

defmodule Bank do
  def open(id) do
    case DynamicSupervisor.start_child(Bank.AccountSup, {Bank.Account, id}) do
      {:ok, _pid} -> :ok
      {:error, {:already_started, _}} -> {:error, :exists}
    end
  end

  def transfer(from, to, amount) do
    with {:ok, _} <- Bank.Account.withdraw(from, amount),
         {:ok, _} <- Bank.Account.deposit(to, amount) do
      :ok
    else
      {:error, reason} -> {:error, {from, reason}}
    end
  end

  def accounts do
    Registry.select(Bank.Registry, [{{{:account, :"$1"}, :_, :_}, [], [:"$1"]}]) |> Enum.sort()
  end
end

defmodule Main do
  def run do
    children = [
      {Registry, keys: :unique, name: Bank.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Bank.AccountSup}
    ]

    {:ok, _} = Supervisor.start_link(children, strategy: :one_for_all, name: Bank.Sup)

    IO.inspect(Bank.open("alice"), label: "open alice")
    IO.inspect(Bank.open("bob"), label: "open bob")
    IO.inspect(Bank.open("alice"), label: "open alice again")
    IO.inspect(Bank.Account.deposit("alice", 100))
    IO.inspect(Bank.transfer("alice", "bob", 30), label: "transfer")
    IO.inspect(Bank.transfer("bob", "alice", 500), label: "overdraw")
    IO.inspect({Bank.Account.balance("alice"), Bank.Account.balance("bob")}, label: "balances")
    IO.inspect(Bank.Account.history("alice"))
    IO.inspect(Bank.accounts(), label: "accounts")
    IO.inspect(DynamicSupervisor.count_children(Bank.AccountSup))

    [{pid, _}] = Registry.lookup(Bank.Registry, {:account, "bob"})
    ref = Process.monitor(pid)
    Bank.Account.close("bob")
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "bob down")
    end
    # the registry forgets bob when its own EXIT from him arrives, which races with our DOWN (on
    # the BEAM too): wait until it has
    IO.inspect(registered_after_close(["alice"], 1000), label: "after close")
    IO.inspect(DynamicSupervisor.count_children(Bank.AccountSup).active, label: "active")

    try do
      Bank.Account.balance("bob")
    catch
      :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "call closed")
    end

    try do
      Bank.Account.deposit("alice", -5)
    rescue
      e in FunctionClauseError -> IO.puts("rejected: " <> Exception.message(e))
    end
  end

  defp registered_after_close(expected, 0), do: {:still, Bank.accounts(), expected}

  defp registered_after_close(expected, tries) do
    case Bank.accounts() do
      ^expected -> expected
      _ -> Process.sleep(1); registered_after_close(expected, tries - 1)
    end
  end
end

Main.run()
