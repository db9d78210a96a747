# A :logger_std_h handler a program adds: OTP's standard handler, its events laid out by OTP's
# default formatter (:logger_formatter) in the logging process and written by the handler's own
# process (:logger_std_h_<id>); filesync/1 waits until they are out. Then :logger_formatter.format/2
# itself (one line by default, ~p without line breaks, the templates, the legacy header, report
# callbacks and their errors, format errors, depth and size limits), :logger.format_report/1, ~0p,
# and :calendar's RFC 3339 time with the default (local) offset.
:ok = :logger.remove_handler(Logger)
:ok = :logger.add_handler(:plain, :logger_std_h, %{formatter: {:logger_formatter, %{template: [:level, ": ", :msg, "\n"]}}})
IO.inspect(:logger.get_handler_ids(), label: "handlers")
IO.inspect(is_pid(Process.whereis(:logger_std_h_plain)), label: "handler process")
{:ok, config} = :logger.get_handler_config(:plain)
IO.inspect(config.config.type, label: "type")
require Logger
Logger.error("from Logger")
:logger.error("format ~p and ~w", [%{a: [1, 2, 3], b: String.duplicate("x", 90)}, {:t, 1}])
:logger.warning(%{report: 1, text: 'abc'})
:logger.notice(a: 1, b: "str")
:logger.error("multi\n  line\n  text")
:logger.error('a charlist ~s', ["arg"])
:ok = :logger_std_h.filesync(:plain)
IO.puts("after filesync")
:ok = :logger.remove_handler(:plain)
IO.inspect(Process.whereis(:logger_std_h_plain), label: "after removal")
try do :logger_std_h.filesync(:plain) catch :exit, reason -> IO.inspect(reason, label: "filesync of a removed handler") end

time = 1_700_000_000_123_456
show = fn label, msg, meta, config ->
  event = %{level: :info, msg: msg, meta: Map.merge(%{time: time, pid: self()}, meta)}
  IO.inspect(IO.chardata_to_string(:logger_formatter.format(event, config)), label: label)
end
long = %{list: Enum.to_list(1..30), text: String.duplicate("y", 70)}
show.("default", {:string, "hi\n  there,\n  again  "}, %{}, %{})
show.("utc", {:string, "utc"}, %{}, %{time_offset: 'Z'})
show.("offset", {:string, "plus two"}, %{}, %{time_offset: '+02:00', time_designator: ?\s})
show.("single ~p", {"value ~p", [long]}, %{}, %{template: [:msg]})
show.("multi-line", {"value ~p", [long]}, %{}, %{single_line: false})
show.("legacy", {"legacy ~p", [:x]}, %{}, %{legacy_header: true})
show.("legacy error", {:string, "e"}, %{}, %{legacy_header: true, time_offset: 'Z'})
show.("template", {:string, "m"}, %{mfa: {Some.Mod, :fun, [1, 2]}, line: 7, nested: %{key: :deep}, text: 'chars', other: {1, 2}},
  %{template: [:mfa, " ", :line, " ", [:nested, :key], " ", :missing, " ", :text, " ", :other, " ", {:line, ["at ", :line], ["nowhere"]}, {:gone, ["here"], ["not here"]}, " ", :msg]})
show.("report", {:report, %{b: [1], a: 'text'}}, %{}, %{template: [:msg]})
show.("report list", {:report, [:x, {:k, "v"}]}, %{}, %{template: [:msg]})
show.("report text", {:report, ['plain ', 'text']}, %{}, %{template: [:msg]})
show.("report cb", {:report, %{n: 1}}, %{report_cb: fn r -> {'cb ~p', [r]} end}, %{template: [:msg]})
show.("report cb2", {:report, %{n: 2}}, %{report_cb: fn r, opts -> "cb2 #{inspect(r)} #{inspect(Enum.sort(opts))}" end}, %{template: [:msg]})
show.("config cb", {:report, %{n: 3}}, %{report_cb: fn _ -> {'meta', []} end}, %{template: [:msg], report_cb: fn _ -> {'config wins', []} end})
show.("cb error", {:report, %{n: 4}}, %{report_cb: fn _ -> :bad end}, %{template: [:msg]})
show.("format error", {"bad ~p ~p", [1]}, %{}, %{template: [:msg]})
show.("depth", {"~p ~w", [Enum.to_list(1..20), Enum.to_list(1..20)]}, %{}, %{template: [:msg], depth: 5})
show.("max_size", {:string, String.duplicate("z", 60)}, %{}, %{template: [:msg], max_size: 20})
show.("max_size newline", {:string, String.duplicate("z", 60)}, %{}, %{template: [:msg, '\n'], max_size: 20})
show.("no msg", {:string, "unused"}, %{}, %{template: [:level, "!"]})

IO.inspect(:logger.format_report(%{a: 1, b: 'chars', c: [1]}))
IO.inspect(:logger.format_report([]))
IO.inspect(:logger.format_report(:atom))
IO.puts(:io_lib.format('~0p|~0tp|~p', [{:aaaaaaaaaaaa, Enum.to_list(1..30)}, ["ü", 'ü'], [1, 2]]))
IO.inspect(:error_logger.get_format_depth(), label: "format depth")
IO.inspect(:calendar.system_time_to_rfc3339(time, unit: :microsecond, offset: ''), label: "rfc3339 local")
