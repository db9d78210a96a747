# The level check of OTP's :logger, which Logger's macros call for each entry: a level that is
# not one of the eight is the FunctionClauseError Elixir 1.14 shows (`Logger.log(:bogus, "x")`).
defmodule :logger_config do
  @doc false
  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]

  @file "logger_config.erl"
  def less_or_equal_level(level, config_level) when level in @levels and is_integer(config_level) do
    level_to_int(level) <= config_level
  end

  def less_or_equal_level(level, config_level), do: __at_line__(75, :erlang.error(:function_clause, [level, config_level]))

  def level_to_int(:none), do: -1
  def level_to_int(:emergency), do: 0
  def level_to_int(:alert), do: 1
  def level_to_int(:critical), do: 2
  def level_to_int(:error), do: 3
  def level_to_int(:warning), do: 4
  def level_to_int(:notice), do: 5
  def level_to_int(:info), do: 6
  def level_to_int(:debug), do: 7
  def level_to_int(:all), do: 10
end
