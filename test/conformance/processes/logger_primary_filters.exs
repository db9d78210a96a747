# :logger's primary filters a program adds: add_primary_filter/2 (listed before Elixir's
# process_level filter; :already_exist, :invalid_filter), a filter that stops an entry (for the
# console and every handler), one that changes it (the console writes the changed message), and
# remove_primary_filter/1; a handler's own filters through add_handler_filter/3 and
# remove_handler_filter/2. The console's lines are captured (ExUnit.CaptureLog) and printed after.
defmodule Show do
  def log(%{level: level, msg: msg}, _config), do: IO.inspect({level, msg}, label: "handler")
end

require Logger

no_secret = fn
  %{msg: {:string, s}}, _ -> if String.contains?(IO.chardata_to_string(s), "secret"), do: :stop, else: :ignore
  _, _ -> :ignore
end

upcase = fn
  %{msg: {:string, s}} = event, _ -> %{event | msg: {:string, String.upcase(IO.chardata_to_string(s))}}
  _, _ -> :ignore
end

{:ok, _} = Application.ensure_all_started(:ex_unit)
require ExUnit.CaptureLog

console = ExUnit.CaptureLog.capture_log(fn ->
IO.inspect(:logger.add_handler(:show, Show, %{}), label: "add handler")
IO.inspect(:logger.add_primary_filter(:no_secret, {no_secret, nil}), label: "add")
IO.inspect(:logger.add_primary_filter(:no_secret, {no_secret, nil}), label: "add again")
IO.inspect(:logger.add_primary_filter(:bad, :nope), label: "bad filter")
IO.inspect(Keyword.keys(:logger.get_primary_config().filters), label: "primary filters")

Logger.info("a secret")
Logger.info("public")
:logger.info("erlang ~p secret", [1])
IO.inspect(:logger.remove_primary_filter(:no_secret), label: "remove")
IO.inspect(:logger.remove_primary_filter(:no_secret), label: "remove again")
Logger.info("a secret again")

IO.inspect(:logger.add_primary_filter(:up, {upcase, nil}), label: "add upcase")
Logger.info("shout")
:logger.info("erlang ~p", [2])
IO.inspect(:logger.remove_primary_filter(:up), label: "remove upcase")

only_errors = fn %{level: level}, _ -> if level == :error, do: :ignore, else: :stop end
IO.inspect(:logger.add_handler_filter(:show, :only_errors, {only_errors, nil}), label: "handler filter")
IO.inspect(:logger.add_handler_filter(:show, :only_errors, {only_errors, nil}), label: "handler filter again")
IO.inspect(:logger.add_handler_filter(:missing, :f, {only_errors, nil}), label: "missing handler")
Logger.info("console only")
Logger.error("both")
IO.inspect(:logger.remove_handler_filter(:show, :only_errors), label: "remove handler filter")
IO.inspect(:logger.remove_handler_filter(:show, :only_errors), label: "remove handler filter again")
Logger.info("both again")
IO.inspect(:logger.remove_handler(:show), label: "remove handler")
end)

IO.write(console)
