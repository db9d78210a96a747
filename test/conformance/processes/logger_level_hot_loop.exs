# The level check of Logger calls in a hot loop (compiled code) while the level changes between
# rounds: Logger.configure, :logger.set_primary_config, a module level, the process level; each
# round counts what :logger.allow/2 (the check Logger's macros make) lets through, then logs once
require Logger

defmodule Chatty do
  require Logger

  def count(0, acc), do: acc

  def count(n, {debug, info}) do
    debug = if :logger.allow(:debug, __MODULE__), do: debug + 1, else: debug
    info = if :logger.allow(:info, __MODULE__), do: info + 1, else: info
    count(n - 1, {debug, info})
  end

  def round(round, change) do
    change.()
    counts = count(300, {0, 0})
    Logger.debug("debug #{round}")
    Logger.info("info #{round}")
    Logger.flush()
    IO.puts("round #{round}: #{inspect(Logger.level())} #{inspect(counts)}")
  end
end

Logger.configure(level: :error)
Chatty.round(1, fn -> :ok end)
Chatty.round(2, fn -> Logger.configure(level: :info) end)
Chatty.round(3, fn -> :logger.set_primary_config(:level, :warning) end)
Chatty.round(4, fn -> Logger.put_module_level(Chatty, :debug) end)
Chatty.round(5, fn -> Logger.delete_module_level(Chatty) end)
Chatty.round(6, fn -> Logger.configure(level: :debug); Logger.put_process_level(self(), :error) end)
Chatty.round(7, fn -> Logger.delete_process_level(self()) end)
Chatty.round(8, fn -> Logger.configure(level: :none) end)
