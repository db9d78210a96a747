defmodule BadInit do
  use GenServer
  def init(:raise), do: raise(ArgumentError, "bad config")
  def init(:exit), do: exit(:init_exit)
  def init(:stop), do: {:stop, {:shutdown, :no_config}}
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    for how <- [:stop, :exit] do
      r = GenServer.start_link(BadInit, how)
      receive do
        {:EXIT, _, _} -> :ok
      after
        200 -> :ok
      end
      Logger.flush()
      IO.inspect(r, label: "#{how}")
    end
    {:error, {e, stack}} = GenServer.start(BadInit, :raise)
    Logger.flush()
    IO.inspect({e, is_list(stack)}, label: "raise")
  end
end

Main.run()
