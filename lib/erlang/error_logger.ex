# Erlang's :error_logger API (kept by OTP 25 over :logger): error_msg/info_msg/warning_msg log an
# io_lib:format message at their level (info_msg at :notice, as OTP 25 maps it), as the logger's error_logger calls do (tagged so, with the
# caller's group leader).
defmodule :error_logger do
  def error_msg(format), do: error_msg(format, [])
  def error_msg(format, args), do: log(:error, :error, format, args)

  def warning_msg(format), do: warning_msg(format, [])
  def warning_msg(format, args), do: log(:warning, :warning_msg, format, args)

  def info_msg(format), do: info_msg(format, [])
  def info_msg(format, args), do: log(:notice, :info_msg, format, args)

  def format(format, args), do: error_msg(format, args)

  defp log(level, tag, format, args) do
    :logger.log(level, format, args, %{error_logger: %{tag: tag}, domain: [:otp]})
    :ok
  end
end
