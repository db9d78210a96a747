# :gen_event.which_handlers(Logger) answers as Elixir's Logger (a gen_event manager): the backends,
# the newest first, the console while it is there, Logger.Config last (beamlet's Logger process
# did not answer: the call waited forever)
defmodule T1 do
  def init(_), do: {:ok, :s}
  def handle_event(_, s), do: {:ok, s}
end
IO.inspect(:gen_event.which_handlers(Logger))
Logger.add_backend(T1)
IO.inspect(:gen_event.which_handlers(Logger))
Logger.remove_backend(:console)
IO.inspect(:gen_event.which_handlers(Logger))
Logger.add_backend(:console)
IO.inspect(:gen_event.which_handlers(Logger))
