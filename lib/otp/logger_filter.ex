defmodule Logger.Filter do
  @moduledoc false
  # Elixir's primary :logger filter for Logger.put_process_level/2 (the level itself is checked in
  # Logger.__should_log__/2): an entry below the process's level stops, any other is left to
  # the next filter
  def process_level(%{level: level}, _extra) do
    case Logger.get_process_level(self()) do
      nil -> :ignore
      process_level -> if Logger.compare_levels(level, process_level) == :lt, do: :stop, else: :ignore
    end
  end
end
