# The processes Elixir has running from boot (Logger's, the application controller) take no pid
# number from a script's processes: the numbers of its spawns do not move when it first logs, reads
# the application environment or has a crashed process reported (pid_to_list is not masked).
require Logger
show = fn label -> IO.puts("#{label}: #{:erlang.pid_to_list(spawn(fn -> :ok end))}") end
show.("first")
Application.get_env(:logger, :level)
show.("after get_env")
Logger.info("logged")
Logger.flush()
show.("after Logger.info")
{_pid, _mon} = spawn_monitor(fn -> raise "crash" end)
receive do: ({:DOWN, _, _, _, _} -> :ok)
Process.sleep(100)
Logger.flush()
show.("after a crash report")
IO.puts(:erlang.pid_to_list(Process.whereis(Logger)))
IO.puts(:erlang.pid_to_list(Process.whereis(:application_controller)))
