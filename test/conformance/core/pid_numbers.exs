# Pids are numbered as the BEAM numbers them for a script: its process is 0.96, Elixir's parallel
# checker and each module's compiler processes take the numbers after it (printed without the
# #PID prefix, which the conformance mask hides)
show = fn label, pid -> IO.puts("#{label}: " <> String.replace(inspect(pid), "#PID", "pid")) end
defmodule A do
  use GenServer
  def init(x), do: {:ok, x}
end
defmodule B do
  defstruct [:x]
end
show.("self", self())
show.("spawn", spawn(fn -> :ok end))
{:ok, g} = GenServer.start_link(A, 1)
show.("genserver", g)
{:ok, a} = Agent.start_link(fn -> 1 end)
show.("agent", a)
show.("task", Task.async(fn -> 1 end).pid)
Code.compile_string("defmodule C do end")
show.("after compile_string", spawn(fn -> :ok end))
defmodule D do
end
show.("after defmodule", spawn(fn -> :ok end))
