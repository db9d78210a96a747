defmodule Bank do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def open(who), do: GenServer.call(__MODULE__, {:open, who})
  def deposit(who, amt), do: GenServer.call(__MODULE__, {:deposit, who, amt})
  def balance(who), do: GenServer.call(__MODULE__, {:balance, who})
  def init(s), do: {:ok, s}
  def handle_call({:open, w}, _f, s), do: {:reply, :ok, Map.put_new(s, w, 0)}
  def handle_call({:deposit, w, amt}, _f, s) when amt > 0 do
    case s do
      %{^w => b} -> {:reply, {:ok, b + amt}, %{s | w => b + amt}}
      _ -> {:reply, {:error, :no_account}, s}
    end
  end
  def handle_call({:balance, w}, _f, s), do: {:reply, Map.fetch(s, w), s}
end

defmodule Main do
  def run do
    {:ok, sup} = Supervisor.start_link([Bank], strategy: :one_for_one)
    Bank.open(:ann)
    IO.inspect(Bank.deposit(:ann, 50))
    IO.inspect(Bank.deposit(:bob, 5))
    old = Process.whereis(Bank)
    ref = Process.monitor(old)
    r = try do
      Bank.deposit(:ann, -1)
    catch
      :exit, {{reason, _}, _} -> reason
    end
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Logger.flush()
    IO.inspect(r, label: "bad deposit crashed the bank")
    wait = fn wait -> if Process.whereis(Bank) in [nil, old], do: (Process.sleep(5); wait.(wait)), else: :ok end
    wait.(wait)
    IO.inspect(Bank.balance(:ann), label: "state after restart")
    IO.inspect(Supervisor.count_children(sup).active)
  end
end

Main.run()
