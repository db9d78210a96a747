# :logger.remove_handler(Logger) takes Elixir's handler away: its id and config are gone, and
# nothing Elixir or OTP logs reaches the console any more (Logger's own entries, :logger's, a
# crashed process's and a crashed GenServer's reports); Logger.configure/1 then fails matching
# :logger.set_handler_config/2's {:error, {:not_found, Logger}}
defmodule Main do
  require Logger

  def run do
    IO.inspect(:logger.get_handler_ids())
    IO.inspect(:logger.get_handler_config(Logger) |> elem(0))
    IO.inspect(:logger.remove_handler(Logger))
    IO.inspect(:logger.get_handler_ids())
    IO.inspect(:logger.get_handler_config(Logger))
    IO.inspect(:logger.remove_handler(Logger))
    Logger.error("after removal")
    :logger.error("erlang after removal")
    spawn(fn -> raise "crash after removal" end)
    {:ok, pid} = Agent.start(fn -> 0 end)
    ref = Process.monitor(pid)
    Agent.cast(pid, fn _ -> raise "agent crash" end)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Process.sleep(300)
    IO.inspect(Logger.flush())
    Logger.info("still nothing")
    Logger.flush()
    IO.puts("configuring")
    Logger.configure(level: :info)
  end
end

Main.run()
