defmodule Bank.Account do
  use GenServer, restart: :transient
  def start_link({id, balance}), do: GenServer.start_link(__MODULE__, balance, name: via(id))
  def via(id), do: {:via, Registry, {Bank.Registry, id}}
  def deposit(id, amt) when amt > 0, do: GenServer.call(via(id), {:deposit, amt})
  def withdraw(id, amt), do: GenServer.call(via(id), {:withdraw, amt})
  def balance(id), do: GenServer.call(via(id), :balance)
  def close(id), do: GenServer.stop(via(id), :normal)

  @impl true
  def init(b), do: {:ok, %{balance: b, log: []}}
  @impl true
  def handle_call({:deposit, a}, _f, s), do: {:reply, :ok, %{s | balance: s.balance + a, log: [{:dep, a} | s.log]}}
  def handle_call({:withdraw, a}, _f, %{balance: b} = s) when a > b, do: {:reply, {:error, :insufficient_funds}, s}
  def handle_call({:withdraw, a}, _f, s), do: {:reply, :ok, %{s | balance: s.balance - a, log: [{:wd, a} | s.log]}}
  def handle_call(:balance, _f, s), do: {:reply, s.balance, s}
  def handle_call(:crash, _f, _s), do: raise("account corrupted")
end

defmodule Bank do
  def start do
    children = [
      {Registry, keys: :unique, name: Bank.Registry},
      {DynamicSupervisor, name: Bank.Sup, strategy: :one_for_one}
    ]
    Supervisor.start_link(children, strategy: :rest_for_one, name: Bank.Root)
  end
  def open(id, initial \\ 0), do: DynamicSupervisor.start_child(Bank.Sup, {Bank.Account, {id, initial}})
  def transfer(from, to, amt) do
    with :ok <- Bank.Account.withdraw(from, amt),
         :ok <- Bank.Account.deposit(to, amt) do
      {:ok, {Bank.Account.balance(from), Bank.Account.balance(to)}}
    else
      {:error, reason} -> {:error, reason}
    end
  end
end

defmodule Main do
  require Logger
  def run do
    {:ok, _} = Bank.start()
    {:ok, _} = Bank.open("alice", 100)
    {:ok, _} = Bank.open("bob")
    IO.inspect(Bank.open("alice"), label: "dup") |> elem(0) |> IO.inspect()
    case Bank.open("alice") do
      {:error, {:already_started, pid}} -> IO.inspect(is_pid(pid), label: "already started")
    end
    IO.inspect(Bank.transfer("alice", "bob", 30))
    IO.inspect(Bank.transfer("bob", "alice", 500))
    IO.inspect(Registry.lookup(Bank.Registry, "carol"))
    IO.inspect(Registry.count(Bank.Registry), label: "count")
    IO.inspect(Registry.select(Bank.Registry, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort())
    IO.inspect(DynamicSupervisor.count_children(Bank.Sup))
    [{pid, _}] = Registry.lookup(Bank.Registry, "bob")
    ref = Process.monitor(pid)
    catch_exit(GenServer.call(Bank.Account.via("bob"), :crash)) |> elem(0) |> IO.inspect(label: "exit kind")
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(elem(reason, 0), label: "down")
    end
    Logger.flush()
    wait = fn wait -> case Registry.lookup(Bank.Registry, "bob") do
      [{p, _}] when p != pid -> :ok
      _ -> Process.sleep(10); wait.(wait) end end
    wait.(wait)
    IO.inspect(Bank.Account.balance("bob"), label: "bob after restart")
    :ok = Bank.Account.close("alice")
    Process.sleep(50)
    IO.inspect(Registry.lookup(Bank.Registry, "alice"), label: "alice closed")
    IO.inspect(DynamicSupervisor.which_children(Bank.Sup) |> length())
    try do
      Bank.Account.balance("alice")
    catch
      :exit, {:noproc, {GenServer, :call, [via | _]}} -> IO.inspect(via, label: "noproc")
    end
    IO.inspect(catch_exit(Bank.Account.deposit("bob", -1)))
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end
Main.run()
