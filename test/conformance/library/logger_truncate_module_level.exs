# Logger's truncate option (8096 bytes by default): a longer message is cut at a character's
# boundary and marked " (truncated)", for the console and for backends alike; :infinity keeps it
# whole. And module levels for nil (__MODULE__ in a script): nil is a module name, not a list.
defmodule Sizes do
  def init(_), do: {:ok, nil}

  def handle_event({_, _, {Logger, msg, _, _}}, s) do
    text = IO.chardata_to_string(msg)
    IO.puts("backend: #{byte_size(text)} bytes, ends #{inspect(String.slice(text, -16, 16))}")
    {:ok, s}
  end

  def handle_event(_, s), do: {:ok, s}
end

require Logger
Logger.configure_backend(:console, format: "[$level] $message\n")
{:ok, _} = Logger.add_backend(Sizes)
Logger.info(String.duplicate("x", 9000))
Logger.info(String.duplicate("y", 8096))
Logger.flush()
Logger.configure(truncate: 9)
# (each flushed: the console writes as the backends get it, in either order)
for message <- ["ééééééé", ["io", ?l, "ist", " longer than nine"], "short", "exactly9!"] do
  Logger.info(message)
  Logger.flush()
end
Logger.configure(truncate: :infinity)
Logger.remove_backend(Sizes)
Logger.info(String.duplicate("z", 20))
Logger.flush()

IO.inspect(Logger.put_module_level(__MODULE__, :error), label: "put nil")
IO.inspect(Logger.get_module_level(__MODULE__), label: "get nil")
Logger.info("hidden by nil's level")
Logger.error("shown")
Logger.flush()
IO.inspect(Logger.delete_module_level(__MODULE__), label: "delete nil")
IO.inspect(Logger.get_module_level(nil), label: "get nil again")
Logger.info("shown again")
Logger.flush()
