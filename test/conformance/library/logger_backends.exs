# Logger's console backend: removed, added back, configured (format, metadata, level), and
# Logger.Formatter's format of an entry
require Logger

defmodule Shop do
  require Logger
  def order(id), do: Logger.warning("order #{id}", request_id: "r-#{id}", count: 3, user: nil)
end

IO.inspect(Logger.remove_backend(:console), label: "remove")
IO.inspect(Logger.remove_backend(:console), label: "remove again")
Logger.error("not shown: no backend")
IO.inspect(Logger.configure_backend(:console, level: :info), label: "configure removed")
{:ok, pid} = Logger.add_backend(:console)
IO.inspect(is_pid(pid), label: "added")
IO.inspect(Logger.add_backend(:console), label: "add again")
IO.inspect(Logger.remove_backend(:nope), label: "remove unknown")
IO.inspect(Logger.configure_backend(:nope, []), label: "configure unknown")

IO.inspect(Logger.configure_backend(:console, format: "[$level] $message | $metadata\n", metadata: [:module, :function, :line, :request_id, :count, :user, :missing, :mfa, :domain, :tag]))
Logger.metadata(tag: :checkout)
Shop.order(7)
Logger.info("at the top")
Logger.flush()

# (at the top level: no function, file or line, whose path the output would show)
IO.inspect(Logger.configure_backend(:console, format: "$message: $metadata\n", metadata: :all))
Logger.info("all", zeta: 1, alpha: "a")
Logger.flush()

Logger.configure_backend(:console, format: "$node $level $message\n", metadata: [], level: :warning)
Logger.info("below the backend's level")
Logger.error("at the backend's level")
Logger.notice("below too")
Logger.flush()

Logger.configure_backend(:console, level: nil, format: "$message [$metadata]\n", metadata: [:pi, :ok, :list, :tuple, :text, :pid])
Logger.info("values", pi: 3.5, ok: true, list: [1, 2], tuple: {1, 2}, text: "t")
Logger.flush()

compiled = Logger.Formatter.compile("$date $time [$level] $message\n")
IO.inspect(compiled)
IO.inspect(Logger.Formatter.compile(nil))
entry = Logger.Formatter.format(compiled, :info, ["a", ?b], {{2024, 1, 2}, {3, 4, 5, 6}}, [])
IO.inspect(IO.iodata_to_binary(entry))
IO.inspect(IO.iodata_to_binary(Logger.Formatter.format_date({2024, 12, 31})))
IO.inspect(IO.iodata_to_binary(Logger.Formatter.format_time({23, 59, 0, 42})))
