defmodule Bank do
  use GenServer
  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def deposit(amount), do: GenServer.call(__MODULE__, {:deposit, amount})
  def withdraw(amount), do: GenServer.call(__MODULE__, {:withdraw, amount})
  def balance, do: GenServer.call(__MODULE__, :balance)
  def audit(msg), do: GenServer.cast(__MODULE__, {:audit, msg})
  def log, do: GenServer.call(__MODULE__, :log)

  @impl true
  def init(initial), do: {:ok, %{balance: initial, log: []}}
  @impl true
  def handle_call({:deposit, a}, _from, s) when a > 0, do: {:reply, {:ok, s.balance + a}, %{s | balance: s.balance + a}}
  def handle_call({:deposit, _}, _from, s), do: {:reply, {:error, :invalid_amount}, s}
  def handle_call({:withdraw, a}, _from, %{balance: b} = s) when a > b, do: {:reply, {:error, :insufficient_funds}, s}
  def handle_call({:withdraw, a}, _from, s), do: {:reply, {:ok, s.balance - a}, %{s | balance: s.balance - a}}
  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}
  @impl true
  def handle_cast({:audit, msg}, s), do: {:noreply, %{s | log: [msg | s.log]}}
  @impl true
  def handle_info(:tick, s), do: {:noreply, %{s | log: [:tick | s.log]}}
end

{:ok, pid} = Bank.start_link(100)
IO.inspect Bank.deposit(50)
IO.inspect Bank.deposit(-5)
IO.inspect Bank.withdraw(500)
IO.inspect Bank.withdraw(30)
Bank.audit("checked")
send(pid, :tick)
IO.inspect Bank.balance()
IO.inspect Bank.log()
IO.inspect GenServer.whereis(Bank) == pid
IO.inspect :sys.get_state(Bank).balance
IO.inspect GenServer.stop(Bank)
IO.inspect Process.alive?(pid)
