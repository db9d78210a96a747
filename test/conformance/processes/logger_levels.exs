require Logger

defmodule Main do
  def run do
    Logger.debug("debug message")
    Logger.flush()
    Logger.info("info message")
    Logger.flush()
    IO.puts("plain output between")
    Logger.warning("warning message")
    Logger.flush()
    Logger.error("error message with #{1 + 1}")
    Logger.flush()
    Logger.configure(level: :warning)
    Logger.info("hidden info")
    Logger.warning("visible warning")
    Logger.flush()
    Logger.configure(level: :error)
    Logger.warning("hidden warning")
    Logger.error("visible error")
    Logger.flush()
    Logger.configure(level: :none)
    Logger.error("silenced")
    Logger.flush()
    IO.puts("after silence")
    Logger.configure(level: :debug)
    Logger.info(fn -> "lazy message" end)
    Logger.flush()
    Logger.info("multi\nline")
    Logger.flush()
    IO.inspect(Logger.level())
    IO.puts("done")
  end
end

Main.run()
