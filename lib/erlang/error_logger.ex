# Erlang's :error_logger API (kept by OTP 25 over :logger): error_msg/info_msg/warning_msg log an
# io_lib:format message at their level (info_msg at :notice, as OTP 25 maps it), as the logger's error_logger calls do (tagged so, with the
# caller's group leader). error_report/warning_report/info_report log a report as Elixir 1.14's
# Logger shows it: a list one item a line (`    key: value` for a pair), a printable charlist as
# its text, anything else inspected (a map with a line of its own after it).
defmodule :error_logger do
  def error_msg(format), do: error_msg(format, [])
  def error_msg(format, args), do: log(:error, :error, format, args)

  def warning_msg(format), do: warning_msg(format, [])
  def warning_msg(format, args), do: log(:warning, :warning_msg, format, args)

  def info_msg(format), do: info_msg(format, [])
  def info_msg(format, args), do: log(:notice, :info_msg, format, args)

  def format(format, args), do: error_msg(format, args)

  # the depth reports are printed to (the kernel's error_logger_format_depth: none set)
  def get_format_depth do
    case Application.get_env(:kernel, :error_logger_format_depth) do
      depth when is_integer(depth) -> max(10, depth)
      _ -> :unlimited
    end
  end

  def error_report(report), do: report(:error, report)
  def error_report(_type, report), do: report(:error, report)
  def warning_report(report), do: report(:warning, report)
  def warning_report(_type, report), do: report(:warning, report)
  def info_report(report), do: report(:notice, report)
  def info_report(_type, report), do: report(:notice, report)

  defp report(level, report) do
    if :logger.allow(level, nil), do: Logger.__do_log__(level, report_text(report), %{}, [])
    :ok
  end

  defp report_text(report) when is_list(report) do
    if :io_lib.printable_unicode_list(report) do
      List.to_string(report)
    else
      Enum.map_join(report, "\n", fn
        {key, value} -> "    " <> inspect(key) <> ": " <> inspect(value)
        item -> "    " <> inspect(item)
      end)
    end
  end

  defp report_text(report) when is_map(report), do: inspect(report) <> "\n"
  defp report_text(report), do: inspect(report)

  defp log(level, tag, format, args) do
    :logger.log(level, format, args, %{error_logger: %{tag: tag}, domain: [:otp]})
    :ok
  end
end
