defmodule Bank.Account do
  use GenServer, restart: :transient
  require Logger

  defmodule State do
    defstruct id: nil, balance: 0, history: []
  end

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def via(id), do: {:via, Registry, {Bank.Registry, id}}

  def deposit(id, amount) when is_integer(amount) and amount > 0,
    do: GenServer.call(via(id), {:deposit, amount})

  def withdraw(id, amount), do: GenServer.call(via(id), {:withdraw, amount})
  def balance(id), do: GenServer.call(via(id), :balance)
  def history(id), do: GenServer.call(via(id), :history)
  def close(id), do: GenServer.stop(via(id), :normal)

  @impl true
  def init(id) do
    Logger.debug("opening #{id}")
    {:ok, %State{id: id}}
  end

  @impl true
  def handle_call({:deposit, amt}, _from, %State{} = s) do
    s = %{s | balance: s.balance + amt, history: [{:deposit, amt} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call({:withdraw, amt}, _from, s) when amt > s.balance do
    {:reply, {:error, :insufficient_funds}, s}
  end

  def handle_call({:withdraw, amt}, _from, s) do
    s = %{s | balance: s.balance - amt, history: [{:withdraw, amt} | s.history]}
    {:reply, {:ok, s.balance}, s}
  end

  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
  def handle_call(:history, _from, s), do: {:reply, Enum.reverse(s.history), s}

  @impl true
  def handle_info(:boom, s), do: raise("boom in #{s.id}")
end

defmodule Bank.Supervisor do
  use DynamicSupervisor

  def start_link(_), do: DynamicSupervisor.start_link(__MODULE__, :ok, name: __MODULE__)
  @impl true
  def init(:ok), do: DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 3, max_seconds: 5)

  def open(id), do: DynamicSupervisor.start_child(__MODULE__, {Bank.Account, id})
end

defmodule Bank do
  def transfer(from, to, amt) do
    with {:ok, _} <- Bank.Account.withdraw(from, amt),
         {:ok, _} <- Bank.Account.deposit(to, amt) do
      :ok
    else
      {:error, reason} -> {:error, reason}
    end
  end
end

defmodule Main do
  require Logger

  def run do
    children = [
      {Registry, keys: :unique, name: Bank.Registry},
      Bank.Supervisor
    ]

    {:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one, name: Bank.TopSup)
    IO.inspect(Supervisor.count_children(sup), label: "top")

    {:ok, _} = Bank.Supervisor.open("alice")
    {:ok, _} = Bank.Supervisor.open("bob")
    Logger.flush()
    IO.inspect(Bank.Supervisor.open("alice") |> elem(0), label: "dup open")
    {:error, {:already_started, p}} = Bank.Supervisor.open("alice")
    IO.puts("dup pid matches: #{p == GenServer.whereis(Bank.Account.via("alice"))}")

    IO.inspect(Bank.Account.deposit("alice", 100))
    IO.inspect(Bank.Account.withdraw("alice", 30))
    IO.inspect(Bank.Account.withdraw("alice", 300))
    IO.inspect(Bank.transfer("alice", "bob", 50))
    IO.inspect(Bank.transfer("bob", "alice", 500))
    IO.inspect({Bank.Account.balance("alice"), Bank.Account.balance("bob")})
    IO.inspect(Bank.Account.history("alice"))

    IO.inspect(Registry.lookup(Bank.Registry, "carol"))
    IO.inspect(Registry.count(Bank.Registry), label: "registered")
    keys = Registry.select(Bank.Registry, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort()
    IO.inspect(keys, label: "keys")

    try do
      Bank.Account.balance("carol")
    catch
      :exit, reason -> IO.inspect(reason, label: "exit")
    end

    try do
      Bank.Account.deposit("alice", -5)
    rescue
      e in FunctionClauseError -> IO.puts("rescued: " <> Exception.message(e))
    end

    # crash one account; transient -> restarted with fresh state
    [{old, _}] = Registry.lookup(Bank.Registry, "bob")
    ref = Process.monitor(old)
    send(old, :boom)
    receive do
      {:DOWN, ^ref, :process, ^old, reason} ->
        {%RuntimeError{message: m}, _} = reason
        IO.puts("bob died: #{m}")
    end
    Logger.flush()
    wait_registered("bob", old)
    Logger.flush()
    [{new, _}] = Registry.lookup(Bank.Registry, "bob")
    IO.puts("restarted: #{new != old}, balance #{Bank.Account.balance("bob")}")

    :ok = Bank.Account.close("alice")
    wait_gone("alice")
    IO.inspect(Registry.lookup(Bank.Registry, "alice"), label: "after close")
    IO.inspect(DynamicSupervisor.count_children(Bank.Supervisor), label: "accounts")
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "children")
    Supervisor.stop(sup)
    IO.puts("stopped: #{Process.whereis(Bank.Supervisor) == nil}")
  end

  defp wait_registered(id, old) do
    case Registry.lookup(Bank.Registry, id) do
      [{p, _}] when p != old -> :ok
      _ -> Process.sleep(5); wait_registered(id, old)
    end
  end

  defp wait_gone(id) do
    case Registry.lookup(Bank.Registry, id) do
      [] -> :ok
      _ -> Process.sleep(5); wait_gone(id)
    end
  end
end

Main.run()
