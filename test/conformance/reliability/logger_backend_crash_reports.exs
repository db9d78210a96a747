# A backend of the program's own that fails (raises or answers badly in handle_event/2, exits in
# handle_call/2): gen_event's report goes through Logger (the handler, the reason, the last
# message, the state at level :debug), then its watcher's GenServer report, and the watcher,
# restarted, adds the handler again (init/1 anew); both reports honour Logger's level. The console
# is there, so the watcher writes nothing on stderr. (The program waits until the handler is back.)
defmodule Crashy do
  def init(id) do
    IO.puts("init #{inspect(id)}")
    {:ok, id}
  end

  # (each fails once: the handler added again by its watcher does not)
  def handle_event(:flush, {_, kind} = id) do
    case once(id) && kind do
      :raise -> raise("flush failed")
      :bad -> :what
      _ -> {:ok, id}
    end
  end

  def handle_event(_, state), do: {:ok, state}

  def handle_call({:configure, _}, {_, :call} = id), do: if(once(id), do: exit(:call_failed), else: {:ok, :ok, id})
  def handle_call(_, state), do: {:ok, :ok, state}

  defp once(id), do: not :persistent_term.get({:failed, id}, false) and :persistent_term.put({:failed, id}, true) == :ok

  def terminate(reason, state), do: IO.puts("terminate #{inspect(state)} #{elem(reason, 0)}")
end

defmodule Wait do
  def back(id), do: back(id, 500)
  def back(_id, 0), do: :timeout

  def back(id, n) do
    if id in :gen_event.which_handlers(Logger), do: :back, else: (Process.sleep(10); back(id, n - 1))
  end
end

require Logger

for level <- [:debug, :error, :none], kind <- [:raise, :bad, :call] do
  Logger.configure(level: level)
  id = {Crashy, kind}
  {:ok, _} = Logger.add_backend(id)
  IO.puts("-- #{level} #{kind}")

  if kind == :call do
    IO.inspect(Logger.configure_backend(id, []), label: "configure")
  else
    Logger.flush()
  end

  IO.inspect(Wait.back(id), label: "handler")
  Logger.flush()
  IO.inspect(Logger.remove_backend(id), label: "removed")
  IO.inspect(:gen_event.which_handlers(Logger), label: "handlers")
  :persistent_term.erase({:failed, id})
end
