# A backend of the program's own that crashes and whose init/1 then fails: its watcher is
# restarted again and again by Logger.BackendSupervisor (init/1 31 times in all, the supervisor's
# intensity being 30 restarts in 3 s), then the supervisor gives up and starts again: every
# backend of the program's own is gone (terminate(:ok, state)) and the environment's (the console)
# comes back, even when the program had removed it. Reports are off (level :none), so only what
# the callbacks print and what Logger answers are compared. (The program waits on events.)
defmodule Flaky do
  def init(id) do
    n = :persistent_term.get({:inits, id}, 0)
    :persistent_term.put({:inits, id}, n + 1)
    if n >= 1 and id == Flaky, do: {:error, :no_more}, else: {:ok, id}
  end

  def handle_event(:flush, Flaky), do: raise("flush failed")
  def handle_event(_, state), do: {:ok, state}

  def terminate(reason, state), do: IO.puts("terminate #{inspect(state)} #{inspect(reason)}")
end

defmodule Wait do
  def inits(n), do: inits(n, 500)
  def inits(_n, 0), do: :timeout

  def inits(n, tries) do
    if :persistent_term.get({:inits, Flaky}, 0) >= n and Flaky not in :gen_event.which_handlers(Logger) and
         Logger.Backends.Console in :gen_event.which_handlers(Logger),
       do: :done,
       else: (Process.sleep(10); inits(n, tries - 1))
  end
end

require Logger
Logger.configure(level: :none)
Logger.remove_backend(:console)
{:ok, _} = Logger.add_backend({Flaky, :other})
{:ok, _} = Logger.add_backend(Flaky)
IO.inspect(:gen_event.which_handlers(Logger), label: "before")
Logger.flush()
IO.inspect(Wait.inits(31), label: "restarts")
IO.inspect(:persistent_term.get({:inits, Flaky}), label: "inits")
IO.inspect(:gen_event.which_handlers(Logger), label: "after")
IO.inspect(Logger.remove_backend(Flaky), label: "remove")
IO.inspect(Logger.remove_backend({Flaky, :other}), label: "remove other")
IO.inspect(Logger.add_backend(Flaky), label: "add again")

# init/1 failing when the backend is added: the supervisor's answer (the reason and the watcher's
# child spec); {:error, :ignore} is :ok without a handler (its watcher ended normally)
defmodule Refuses do
  def init({_, :ignore}), do: {:error, :ignore}
  def init({_, :raise}), do: raise("init failed")
end

for kind <- [:ignore, :raise] do
  id = {Refuses, kind}
  IO.inspect(match?({:ok, pid} when is_pid(pid), Logger.add_backend(id)) or Logger.add_backend(id), label: "add #{kind}", limit: 6)
  IO.inspect(:gen_event.which_handlers(Logger), label: "handlers")
  IO.inspect(Logger.remove_backend(id), label: "remove #{kind}")
end
