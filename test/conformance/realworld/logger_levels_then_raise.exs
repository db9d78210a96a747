require Logger
Logger.info("starting")
Logger.warning("careful #{1 + 1}")
Logger.error("bad", user: 1)
Logger.debug("hidden?")
Logger.flush()
Logger.configure(level: :warning)
Logger.info("not shown")
Logger.warn("deprecated warn")
Logger.flush()
IO.puts("done")
raise "final"
