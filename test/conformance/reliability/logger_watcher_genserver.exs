# A Logger backend's watcher is a GenServer (Elixir 1.14's Logger.Watcher): add_backend/1 answers
# its pid, it traps exits, its state is the backend; remove_backend/1 stops it (the handler gets
# terminate(:ok, state)). What its init/1 makes of the backend's init/1: {:error, :ignore} starts
# it and it ends normally at once (its child stays: add again and remove answer :ok); {:error, r}
# and a raise stop it ({r, child spec}); :ignore or any other answer is its CaseClauseError, with
# the watcher's frames. The Logger process and the watchers it leads are in the logger
# application: their group leader is its master, not the program's.
defmodule Answers do
  def init({Answers, answer}) do
    case answer do
      :raise -> raise "init failed"
      other -> other
    end
  end

  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

defmodule Good do
  def init(arg), do: {:ok, arg}
  def handle_event(_, s), do: {:ok, s}
  def handle_call(:state, s), do: {:ok, s, s}
  def terminate(reason, s), do: IO.inspect({reason, s}, label: "terminate")
end

{:ok, watcher} = Logger.add_backend(Good)
IO.inspect(Process.info(watcher, [:trap_exit, :initial_call, :status]))
IO.inspect(:proc_lib.initial_call(watcher), label: "initial call")
IO.inspect(:sys.get_state(watcher), label: "state")
IO.inspect(:gen_event.call(Logger, Good, :state), label: "backend state")
IO.inspect(Logger.add_backend(Good), label: "twice")
{:group_leader, logger_gl} = Process.info(Process.whereis(Logger), :group_leader)
{:group_leader, watcher_gl} = Process.info(watcher, :group_leader)
IO.inspect({logger_gl == Process.group_leader(), watcher_gl == logger_gl, logger_gl}, label: "group leaders")
IO.inspect(Logger.remove_backend(Good), label: "remove")
IO.inspect(Process.alive?(watcher), label: "watcher alive")
IO.inspect(Logger.remove_backend(Good), label: "remove again")

for answer <- [{:error, :ignore}, {:error, :refused}, :raise, :ignore, :whatever, {:ok, :s, :hibernate}] do
  id = {Answers, answer}
  result = Logger.add_backend(id)
  IO.inspect(match?({:ok, pid} when is_pid(pid), result) or result, label: "add #{inspect(answer)}")
  Process.sleep(20)
  IO.inspect(id in :gen_event.which_handlers(Logger), label: "installed")
  IO.inspect(match?({:ok, pid} when is_pid(pid), Logger.add_backend(id)) or :error, label: "again")
  IO.inspect(Logger.remove_backend(id), label: "remove")
  IO.inspect(Logger.remove_backend(id), label: "remove again")
end
