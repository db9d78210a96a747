defmodule Plain do
  use GenServer, restart: :transient, shutdown: 1000
  def init(s), do: {:ok, s}
end

defmodule Named do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :named)
  def init(s), do: {:ok, s}
end

IO.inspect(Plain.child_spec(:arg))
IO.inspect(Named.child_spec([]))
{:ok, p} = GenServer.start(Plain, :st)
send(p, :hello)
Process.sleep(50)
IO.inspect(Process.alive?(p))
IO.inspect(Plain.code_change(1, :s, nil))
IO.inspect(Plain.terminate(:normal, :s))
GenServer.cast(p, :boom)
Process.sleep(50)
IO.inspect(Process.alive?(p))
{:ok, _} = GenServer.start(Named, 0, name: :named)
try do
  GenServer.call(:named, :what)
catch
  :exit, {{e, _}, call} -> IO.inspect({e, call})
end
Process.sleep(50)
Logger.configure(level: :info)
{:ok, p} = GenServer.start(Plain, :quiet_state)
GenServer.cast(p, :boom)
Process.sleep(50)
Logger.configure(level: :none)
{:ok, p} = GenServer.start(Plain, :silent)
GenServer.cast(p, :boom)
Process.sleep(50)
IO.puts("end")
