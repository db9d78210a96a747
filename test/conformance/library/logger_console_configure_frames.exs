# Logger.configure_backend(:console, ...) with a format that is not one (a number): the console's
# handle_call/2 fails in Logger's process under gen_event's handle_msg/6, whose frames end the
# error's stacktrace (nothing of beamlet's own between gen_event's and proc_lib's), and the
# handler is gone: Logger then has only Logger.Config.
result = Logger.configure_backend(:console, format: 42)
IO.inspect(result, limit: :infinity)
{:error, {:EXIT, {_, stacktrace}}} = result
IO.inspect(for({m, f, a, _} <- stacktrace, do: {m, f, a}), label: "frames")
require Logger
Logger.info("not shown")
Logger.flush()
IO.inspect(:gen_event.which_handlers(Logger))
