# A Logger backend whose handle_event raises: terminate/2 gets the exception and its trace, it
# gets no more entries, and Logger still knows it (remove_backend answers :ok)
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
