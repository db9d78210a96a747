# :logger handlers a program adds: add_handler/3 (adding_handler/1 may change or refuse the
# config), the handler's level and filters, log/2 called in the logging process with the event
# (msg as {:string, _}, {:report, _} or {format, args}) and the config without level and filters,
# get/set/update_handler_config (changing_config/3), remove_handler/1 (removing_handler/1), the
# handler ids newest first with Elixir's Logger last, a failing handler removed, and the primary
# config's process-level filter. The console is removed first so only the handlers print.
Logger.remove_backend(:console)

defmodule Collect do
  def adding_handler(config), do: {:ok, Map.put(config, :added, true)}
  def removing_handler(config), do: IO.inspect(config.id, label: "removing")
  def changing_config(kind, old, new), do: (IO.inspect({kind, old.level, new.level}, label: "changing"); {:ok, new})

  def log(%{level: level, msg: {:report, [{:logger, :removed_failing_handler} | _] = report}, meta: meta}, config) do
    report = Keyword.update!(report, :log_event, &Map.take(&1, [:level, :msg]))
    IO.inspect({config.id, level, report, Map.take(meta, [:domain, :mfa, :line]), Map.keys(config)})
  end

  def log(%{level: level, msg: msg, meta: meta}, config) do
    IO.inspect({config.id, level, msg, Map.take(meta, [:domain, :mfa, :line, :request]), Map.keys(config)})
  end
end

defmodule Refuse do
  def adding_handler(_config), do: {:error, :not_today}
  def log(_, _), do: :ok
end

defmodule Failing do
  def log(_event, _config), do: raise("handler bug")
end

defmodule Worker do
  require Logger
  def work, do: Logger.warning("from a function", request: 7)
end

IO.inspect(:logger.get_handler_ids(), label: "ids")
IO.inspect(:logger.add_handler(:first, Collect, %{level: :info, config: %{x: 1}}), label: "add first")
IO.inspect(:logger.add_handler(:first, Collect, %{}), label: "add again")
IO.inspect(:logger.add_handler("name", Collect, %{}), label: "bad id")
IO.inspect(:logger.add_handler(:nolog, String, %{}), label: "no log/2")
IO.inspect(:logger.add_handler(:refused, Refuse, %{}), label: "refused")
drop = fn %{msg: msg}, _ -> if msg == {:string, "drop me"}, do: :stop, else: :ignore end
IO.inspect(:logger.add_handler(:second, Collect, %{filters: [drop: {drop, nil}]}), label: "add second")
IO.inspect(:logger.get_handler_ids(), label: "ids")

require Logger
Logger.info("hello")
Logger.debug("only second")
Logger.info("drop me")
Logger.info(%{a: 1})
Logger.info(b: 2)
Logger.info(["char", ?d, "ata"])
Worker.work()
:logger.warning("erlang ~p", [:format])
:logger.notice(%{erlang: :report})

{:ok, config} = :logger.get_handler_config(:first)
IO.inspect(Map.drop(config, [:filters]), label: "config")
IO.inspect(:logger.set_handler_config(:first, :level, :error), label: "set level")
Logger.warning("below first's level")
IO.inspect(:logger.update_handler_config(:first, %{level: :all}), label: "update")
IO.inspect(:logger.set_handler_config(:missing, :level, :info), label: "set missing")
IO.inspect(:logger.remove_handler(:second), label: "remove second")
IO.inspect(:logger.remove_handler(:second), label: "remove again")
IO.inspect(:logger.get_handler_ids(), label: "ids")

IO.inspect(:logger.get_primary_config().filters, label: "primary filters")
Logger.put_process_level(self(), :error)
Logger.warning("process level hides this")
Logger.error("process level lets this through")
Logger.delete_process_level(self())

IO.inspect(:logger.add_handler(:failing, Failing, %{}), label: "add failing")
Logger.error("the failing handler goes")
IO.inspect(:logger.get_handler_ids(), label: "ids")
Process.sleep(100)
