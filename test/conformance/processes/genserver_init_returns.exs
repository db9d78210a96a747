defmodule Flex do
  use GenServer
  def init(:ok), do: {:ok, :ready}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :init_refused}
  def init(:timeout), do: {:ok, :waiting, 30}
  def init(:continue), do: {:ok, [:init], {:continue, :warmup}}
  def init(:hibernate), do: {:ok, :sleepy, :hibernate}

  def handle_continue(:warmup, log), do: {:noreply, [:warmed | log]}
  def handle_info(:timeout, :waiting), do: {:noreply, :timed_out}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    for arg <- [:ok, :ignore, :stop, :timeout, :continue, :hibernate] do
      case GenServer.start_link(Flex, arg) do
        {:ok, pid} ->
          Process.sleep(60)
          IO.inspect({arg, :started, GenServer.call(pid, :get)})
        other ->
          IO.inspect({arg, other})
      end
    end
    receive do
      {:EXIT, _, reason} -> IO.inspect(reason, label: "EXIT from init stop")
    after
      100 -> IO.puts("no EXIT")
    end
  end
end

Main.run()
