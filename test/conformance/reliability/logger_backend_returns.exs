# Backends of the program's own named {module, id} (init/1 gets the pair) and what gen_event does
# with each answer of handle_event/2: :remove_handler ends it quietly, a bad answer, an exit or a
# thrown non-answer end it with terminate({:error, reason}) and Logger.Watcher's report on stderr
# (exit reason unwrapped), a thrown {:ok, state} is an answer. Its watcher stays:
# remove_backend/1 answers :ok once, then :not_found. The reports are on stderr, the rest on stdout
# (the same program is test/conformance/reliability/logger_backend_returns.exs, for stdout).
# (Elixir restarts a failed handler's watcher a few milliseconds later, which beamlet does not: the
# program asks before that)
defmodule B do
  def init(arg), do: (IO.inspect(arg, label: "init"); {:ok, arg})

  def handle_event({_level, _gl, {Logger, msg, _ts, _md}}, state) do
    IO.puts("#{inspect(state)} got #{msg}")

    case msg do
      "bad" -> :what
      "remove" -> :remove_handler
      "exit" -> exit(:bye)
      "throw" -> throw({:ok, :thrown})
      "throwbad" -> throw(:x)
      _ -> {:ok, state}
    end
  end

  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}

  def terminate(r, s), do: IO.inspect({r, s}, label: "terminate")
end

require Logger
Logger.remove_backend(:console)

for m <- ["remove", "bad", "exit", "throw", "throwbad"] do
  id = {B, m}
  {:ok, _} = Logger.add_backend(id)
  IO.inspect(Logger.add_backend(id), label: "twice")
  Logger.info(m)
  Logger.info("after")
  Logger.flush()
  IO.inspect(Logger.configure_backend(id, []), label: "configure")
  IO.inspect(Logger.remove_backend(id), label: "after #{m}")
  IO.inspect(Logger.remove_backend(id), label: "again #{m}")
end
