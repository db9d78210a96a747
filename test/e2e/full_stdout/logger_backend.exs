# With a backend of the program's own, what it receives once standard output fails: user_sup's
# report (#PID<0.64.0>), gen_event's report of the console handler that found no device (from the
# Logger process, #PID<0.90.0>), then its watcher's (#PID<0.93.0>); the watcher writes nothing on
# standard error, Logger having another handler
defmodule Backend do
  def init(_), do: {:ok, nil}

  def handle_event({level, _gl, {Logger, msg, _ts, md}}, s) do
    [first | _] = String.split(IO.chardata_to_string(msg), "\n")
    IO.inspect(:stderr, {level, first, md[:pid], md[:registered_name]}, [])
    {:ok, s}
  end

  def handle_event(_, s), do: {:ok, s}
end

{:ok, _} = Logger.add_backend(Backend)
IO.puts("to a full disk")

wait = fn wait, n ->
  if n > 0 and Logger.Backends.Console in :gen_event.which_handlers(Logger), do: (Process.sleep(10); wait.(wait, n - 1))
end

wait.(wait, 300)
Process.sleep(300)
IO.inspect(:stderr, :gen_event.which_handlers(Logger), label: "handlers")
