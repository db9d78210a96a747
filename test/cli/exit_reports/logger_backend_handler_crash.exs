# A backend of the program's own that raises in handle_event/2: Logger.Watcher's report on stderr names
# the handler's frame, then gen_event's (server_update/4, server_notify/4, handle_msg/6) and proc_lib's
defmodule Crashy do
  def init(_), do: {:ok, 0}

  def handle_event({_level, _gl, {Logger, msg, _ts, _md}}, n) do
    if msg == "boom", do: raise("backend failed")
    IO.puts("got #{msg}")
    {:ok, n + 1}
  end

  def handle_event(:flush, n), do: {:ok, n}

  def terminate(reason, n) do
    IO.inspect({match?({:error, {:EXIT, {%RuntimeError{message: "backend failed"}, [{Crashy, :handle_event, 2, _} | _]}}}, reason), n}, label: "terminate")
  end
end

require Logger
Logger.remove_backend(:console)
{:ok, _} = Logger.add_backend(Crashy)
Logger.info("one")
Logger.info("boom")
Logger.info("two")
Logger.flush()
IO.inspect(Logger.configure_backend(Crashy, []), label: "configure")
IO.inspect(Logger.remove_backend(Crashy), label: "remove")
IO.inspect(Logger.remove_backend(Crashy), label: "remove again")
