defmodule Bank.Account do
  use GenServer
  def start_link(id, balance), do: GenServer.start_link(__MODULE__, balance, name: via(id))
  def via(id), do: {:via, Registry, {Bank.Reg, id}}
  def deposit(id, amt) when amt > 0, do: GenServer.call(via(id), {:deposit, amt})
  def withdraw(id, amt), do: GenServer.call(via(id), {:withdraw, amt})
  def balance(id), do: GenServer.call(via(id), :balance)
  @impl true
  def init(b), do: {:ok, b}
  @impl true
  def handle_call({:deposit, a}, _f, b), do: {:reply, {:ok, b + a}, b + a}
  def handle_call({:withdraw, a}, _f, b) when a > b, do: {:reply, {:error, :insufficient_funds}, b}
  def handle_call({:withdraw, a}, _f, b), do: {:reply, {:ok, b - a}, b - a}
  def handle_call(:balance, _f, b), do: {:reply, b, b}
end

defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Bank.Reg)
    children = [
      %{id: :a, start: {Bank.Account, :start_link, ["alice", 100]}},
      %{id: :b, start: {Bank.Account, :start_link, ["bob", 50]}}
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(Bank.Account.deposit("alice", 25))
    IO.inspect(Bank.Account.withdraw("bob", 80))
    IO.inspect(Bank.Account.withdraw("bob", 20))
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end))
    IO.inspect(Registry.lookup(Bank.Reg, "alice") |> length())
    IO.inspect(Registry.keys(Bank.Reg, self()))
    IO.inspect(Registry.count(Bank.Reg))
    [{pid, _}] = Registry.lookup(Bank.Reg, "bob")
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
    end
    Process.sleep(50)
    IO.inspect(Bank.Account.balance("bob"), label: "bob after restart")
    try do
      Bank.Account.deposit("bob", -5)
    rescue
      e in FunctionClauseError -> IO.puts(Exception.message(e))
    end
    try do
      GenServer.call({:via, Registry, {Bank.Reg, "carol"}}, :balance)
    catch
      :exit, reason -> IO.inspect(reason, label: "exit")
    end
  end
end
Main.run()
