# Several Logger backends: Elixir 1.14's Logger calls its gen_event handlers newest first (the
# console, installed at boot, last, until it is removed and added again), and gives the program's
# own backends the levels they had before OTP's (:warn, :info for :notice, :error for :critical,
# :alert and :emergency). Each entry is flushed before the next, so the order is Logger's own.
defmodule B1 do
  def init(_), do: {:ok, nil}
  def handle_event({level, _gl, {Logger, msg, _ts, _md}}, s), do: (IO.puts("B1 #{inspect(level)}: #{msg}"); {:ok, s})
  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

defmodule B2 do
  def init(_), do: {:ok, nil}
  def handle_event({level, _gl, {Logger, msg, _ts, _md}}, s), do: (IO.puts("B2 #{inspect(level)}: #{msg}"); {:ok, s})
  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

require Logger
Logger.configure(level: :debug)
Logger.configure_backend(:console, format: "console [$level] $message\n")
{:ok, _} = Logger.add_backend(B1)
{:ok, _} = Logger.add_backend(B2)

log = fn level, msg ->
  Logger.log(level, msg)
  Logger.flush()
end

for level <- [:debug, :info, :notice, :warning, :error, :critical, :alert, :emergency], do: log.(level, "at #{level}")
log.(:info, "two\nlines")
:ok = Logger.remove_backend(B1)
log.(:info, "without B1")
{:ok, _} = Logger.add_backend(B1)
log.(:info, "B1 again")
:ok = Logger.remove_backend(:console)
log.(:info, "no console")
{:ok, _} = Logger.add_backend(:console)
log.(:info, "console again")
IO.puts("done")
