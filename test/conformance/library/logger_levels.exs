# Logger's module, application and process levels (Elixir 1.14 over :logger): put/get/delete
# _module_level, delete_all_module_levels, put_application_level of an app not loaded,
# put/get/delete_process_level (a process level filters out less severe entries), compare_levels
# with :all/:none and a bad level, disable/enable.
require Logger
defmodule Chatty do
  require Logger
  def talk do
    Logger.debug("chatty debug")
    Logger.info("chatty info")
    Logger.error("chatty error")
  end
end
defmodule Quiet do
  require Logger
  def talk, do: Logger.info("quiet info")
end
IO.inspect Logger.compare_levels(:debug, :info)
IO.inspect Logger.compare_levels(:warn, :warning)
IO.inspect Logger.compare_levels(:error, :none)
try do
  Logger.compare_levels(:bogus, :info)
rescue
  e -> IO.inspect(e)
end
Logger.configure(level: :info)
Chatty.talk()
Logger.flush()
IO.inspect Logger.put_module_level(Chatty, :debug)
IO.inspect Logger.get_module_level(Chatty)
IO.inspect Logger.get_module_level([Chatty, Quiet])
Chatty.talk()
Logger.flush()
IO.inspect Logger.put_module_level(Quiet, :error)
Quiet.talk()
Logger.flush()
IO.inspect Logger.put_module_level(Quiet, :bogus)
IO.inspect Logger.delete_module_level(Quiet)
Quiet.talk()
Logger.flush()
IO.inspect Logger.put_process_level(self(), :error)
IO.inspect Logger.get_process_level(self())
Chatty.talk()
Logger.flush()
IO.inspect Logger.delete_process_level(self())
IO.inspect Logger.get_process_level(self())
IO.inspect Logger.delete_all_module_levels()
IO.inspect Logger.get_module_level(Chatty)
Chatty.talk()
Logger.flush()
IO.inspect Logger.put_application_level(:no_such_app, :debug)
IO.inspect Logger.put_process_level(self(), :warn)
IO.inspect Logger.get_process_level(self())
Logger.disable(self())
IO.inspect {Logger.enabled?(self()), Logger.get_process_level(self())}
Logger.error("hidden")
Logger.enable(self())
Logger.error("shown")
Logger.flush()
