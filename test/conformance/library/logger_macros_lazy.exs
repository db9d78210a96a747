# Logger's level functions are macros: the message and the metadata are evaluated only when the
# level is enabled, a dynamic level goes through Logger.log/3, reports print as keyword lists,
# a bad level fails in :logger_config, and process metadata and enable/disable are per process.
require Logger

Logger.configure(level: :info)
IO.inspect(Logger.debug(IO.puts("message evaluated")))
IO.inspect(Logger.debug("x", IO.inspect([a: 1], label: "metadata evaluated")))
IO.inspect(Logger.info("shown", IO.inspect([a: 1], label: "metadata evaluated")))
Logger.flush()

level = :warning
IO.inspect(Logger.log(level, "dynamic level"))
Logger.flush()
Logger.info(%{a: 1, b: "x"})
Logger.flush()
Logger.info(a: 1, b: "two")
Logger.flush()
Logger.info(fn -> {"lazy with metadata", [x: 1]} end)
Logger.flush()
Logger.error(fn -> ["char", ?d, "ata"] end)
Logger.flush()
Logger.debug(fn -> raise "never called" end)

try do
  Logger.log(:bogus, "x")
rescue
  e -> IO.inspect(e)
end

Logger.disable(self())
IO.inspect(Logger.enabled?(self()))
Logger.error("not logged: this process is disabled")
Logger.enable(self())
IO.inspect(Logger.enabled?(self()))

Logger.metadata(a: 1, b: 2)
Logger.metadata(c: 3, a: nil)
IO.inspect(Logger.metadata())
Logger.reset_metadata(z: 1)
IO.inspect(Logger.metadata())
spawn(fn -> IO.inspect(Logger.metadata(), label: "other process") end)
Process.sleep(50)

defmodule Worker do
  require Logger

  def run(n) do
    Logger.warning("worker #{n}", n: n)
    n * 2
  end
end

IO.inspect(Worker.run(21))
Logger.flush()
