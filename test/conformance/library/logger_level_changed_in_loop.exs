# A Logger call made again and again (a loop long enough to be compiled) answers the level as it
# is at each call: a module level put or deleted, the primary level changed, a process level set,
# between two calls of the same site, and two modules' calls interleaved.
require Logger
Logger.configure_backend(:console, format: "[$level] $message\n")
Logger.configure(level: :info)

defmodule Steps do
  require Logger
  def run(n, n, _), do: :ok

  def run(i, n, change) do
    change.(i)
    Logger.debug("steps #{i}")
    Other.note(i)
    run(i + 1, n, change)
  end
end

defmodule Other do
  require Logger
  def note(i), do: Logger.info("other #{i}")
end

change = fn
  100 -> Logger.put_module_level(Steps, :debug)
  103 -> Logger.delete_module_level(Steps)
  106 -> Logger.put_module_level(Other, :warning)
  109 -> Logger.configure(level: :debug)
  112 -> Logger.put_process_level(self(), :info)
  115 -> Logger.delete_process_level(self())
  118 -> Logger.configure(level: :error)
  _ -> :ok
end

Steps.run(0, 122, change)
Logger.flush()
IO.puts("done")
