require Logger

defmodule Account do
  use GenServer
  def start(balance), do: GenServer.start(__MODULE__, balance, name: :account)
  def init(b) do
    Logger.info("account opened with #{b}")
    {:ok, b}
  end
  def handle_call({:withdraw, amt}, _from, b) when amt <= b, do: {:reply, :ok, b - amt}
  def handle_call({:withdraw, amt}, _from, b), do: raise("insufficient funds: #{b} < #{amt}")
  def handle_info(msg, b) do
    Logger.warning("unexpected message #{inspect(msg)}")
    {:noreply, b}
  end
end

defmodule Main do
  def run do
    {:ok, pid} = Account.start(100)
    Logger.flush()
    IO.inspect(GenServer.call(:account, {:withdraw, 30}))
    send(pid, :stray)
    :sys.get_state(pid)
    Logger.flush()
    ref = Process.monitor(pid)
    r = catch_exit(fn -> GenServer.call(:account, {:withdraw, 500}) end)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Logger.flush()
    IO.inspect(r, label: "caller")
  end

  def catch_exit(f) do
    try do
      f.()
    catch
      :exit, {{%RuntimeError{message: m}, _}, _} -> {:exit, m}
    end
  end
end

Main.run()
