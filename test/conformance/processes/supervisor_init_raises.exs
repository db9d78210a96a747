# a Supervisor's or DynamicSupervisor's init/1 that raises, exits or throws: the start fails with
# the exception itself ({:error, {exception, stacktrace}}, {:error, reason}), frames at
# supervisor.erl:330 and dynamic_supervisor.ex:594; a thrown value is init's return
defmodule MySup do
  use Supervisor
  def init(:raise), do: raise("sup init")
  def init(:exit), do: exit(:sup_exit)
  def init(:throw), do: throw({:ok, {%{strategy: :one_for_one}, []}})
  def init(:throw2), do: throw(:ball)
end
defmodule MyDyn do
  use DynamicSupervisor
  def init(:raise), do: raise("dyn init")
  def init(:exit), do: exit(:dyn_exit)
  def init(:throw2), do: throw(:ball)
  def init(:bad), do: :bad
end
Process.flag(:trap_exit, true)
for k <- [:raise, :exit, :throw, :throw2] do
  r = Supervisor.start_link(MySup, k)
  IO.inspect(r, limit: :infinity)
  receive do {:EXIT, _, r} -> IO.inspect({:EXIT, r}, limit: :infinity) after 100 -> :ok end
  Logger.flush()
end
for k <- [:raise, :exit, :throw2, :bad] do
  r = DynamicSupervisor.start_link(MyDyn, k)
  IO.inspect(r, limit: :infinity)
  receive do {:EXIT, _, r} -> IO.inspect({:EXIT, r}, limit: :infinity) after 100 -> :ok end
  Logger.flush()
end
