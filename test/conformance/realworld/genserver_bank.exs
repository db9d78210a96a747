defmodule Bank.Account do
  use GenServer
  require Logger

  defstruct [:owner, balance: 0, history: []]

  def start_link(owner), do: GenServer.start_link(__MODULE__, owner, name: via(owner))
  defp via(owner), do: {:via, Registry, {Bank.Registry, owner}}

  def deposit(owner, amt) when amt > 0, do: GenServer.call(via(owner), {:deposit, amt})
  def withdraw(owner, amt), do: GenServer.call(via(owner), {:withdraw, amt})
  def balance(owner), do: GenServer.call(via(owner), :balance)
  def history(owner), do: GenServer.call(via(owner), :history)

  @impl true
  def init(owner), do: {:ok, %__MODULE__{owner: owner}}

  @impl true
  def handle_call({:deposit, amt}, _from, s) do
    s = %{s | balance: s.balance + amt, history: [{:deposit, amt} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call({:withdraw, amt}, _from, %{balance: b} = s) when amt > b do
    {:reply, {:error, :insufficient_funds}, s}
  end

  def handle_call({:withdraw, amt}, _from, s) do
    s = %{s | balance: s.balance - amt, history: [{:withdraw, amt} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
  def handle_call(:history, _from, s), do: {:reply, Enum.reverse(s.history), s}
end

defmodule Bank.Supervisor do
  use Supervisor

  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    children = [
      {Registry, keys: :unique, name: Bank.Registry},
      {DynamicSupervisor, name: Bank.AccountSup, strategy: :one_for_one}
    ]

    Supervisor.init(children, strategy: :rest_for_one)
  end

  def open(owner), do: DynamicSupervisor.start_child(Bank.AccountSup, {Bank.Account, owner})
end

defmodule Main do
  def run do
    {:ok, _} = Bank.Supervisor.start_link([])
    {:ok, _} = Bank.Supervisor.open("alice")
    {:ok, _} = Bank.Supervisor.open("bob")
    IO.inspect(Bank.Supervisor.open("alice") |> elem(0))
    {:error, {:already_started, pid}} = Bank.Supervisor.open("alice")
    IO.inspect(is_pid(pid))
    IO.inspect(Bank.Account.deposit("alice", 100))
    IO.inspect(Bank.Account.withdraw("alice", 30))
    IO.inspect(Bank.Account.withdraw("alice", 300))
    IO.inspect(Bank.Account.balance("bob"))
    IO.inspect(Bank.Account.history("alice"))
    IO.inspect(Registry.lookup(Bank.Registry, "bob") |> length())
    IO.inspect(Registry.keys(Bank.Registry, pid))
    IO.inspect(Registry.count(Bank.Registry))
    IO.inspect(DynamicSupervisor.count_children(Bank.AccountSup))
    IO.inspect(Supervisor.which_children(Bank.Supervisor) |> Enum.map(&elem(&1, 0)))
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
    end
    Process.sleep(50)
    IO.inspect(Bank.Account.balance("alice"))
    IO.inspect(Registry.select(Bank.Registry, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort())
    try do
      Bank.Account.balance("carol")
    catch
      :exit, reason -> IO.inspect(reason, label: "exit")
    end
  end
end

Main.run()
