# Logger's console handler configured with a bad format, as Elixir 1.14's: the handler fails in
# Logger's process (the error names Logger.Formatter, the console's init/2 and handle_call/2 and
# gen_event's frames), is removed while its watcher stays (add_backend: already present, remove: ok),
# the bad options stay in the environment (add_backend from it fails again) until they are fixed.
# And Logger.Formatter.compile/1's pieces: a `$` before lowercase letters starts a pattern.
require Logger

for s <- ["$$time", "cost $5", "$", "a$", "$Time", "$time$message", "x$levelx", "", "$time_x", "\n$time", "[$level]$5 $node"] do
  IO.inspect({s, (try do Logger.Formatter.compile(s) rescue e -> e end)})
end

IO.inspect(Application.get_env(:logger, :console, :none), label: "env before")
IO.inspect(Logger.configure_backend(:console, format: "$bogus $message\n"), label: "configure")
Logger.info("not shown")
Logger.flush()
IO.inspect(Application.get_env(:logger, :console), label: "env after")
IO.inspect(Logger.configure_backend(:console, format: "$message\n"), label: "configure again")
IO.inspect(Logger.add_backend(:console) |> elem(0), label: "add while its watcher is there")
IO.inspect(Logger.remove_backend(:console), label: "remove")
IO.inspect(Logger.remove_backend(:console), label: "remove again")
IO.inspect(Logger.add_backend(:console), label: "add from the bad environment")
Application.put_env(:logger, :console, format: "ok: $message\n", metadata: [:who])
{:ok, pid} = Logger.add_backend(:console)
IO.inspect(is_pid(pid), label: "added")
Logger.info("back", who: "me")
Logger.flush()
IO.inspect(Logger.add_backend(:console), label: "add again")
IO.inspect(Logger.configure_backend(:console, metadata: []), label: "configure metadata")
IO.inspect(Application.get_env(:logger, :console), label: "env")
Logger.info("plain", who: "me")
Logger.flush()
