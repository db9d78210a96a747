# :error_logger's report functions, as older code calls them: Elixir 1.14's Logger shows a list one
# item a line (`    key: value` for a pair), a printable charlist as its text, anything else
# inspected; info_report logs at :notice. (Nothing else is printed: the console's order against
# the caller's own output is not fixed.)
:error_logger.error_report([a: 1, b: "x"])
:error_logger.error_report("str report")
:error_logger.error_report('charlist report')
:error_logger.error_report(:atom_report)
:error_logger.error_report({:tuple, 1})
:error_logger.info_report(%{k: :v})
:error_logger.info_report([:one, {:two, 2}, "three"])
:error_logger.warning_report([{"str key", 1}, {{:t}, 2}])
:error_logger.error_report(:my_type, [a: 1])
:error_logger.info_report(:progress, [a: 1])
:error_logger.info_msg("plain")
:error_logger.info_msg('list ~w and ~s', [[1, 2], "bin"])
:error_logger.warning_msg("~p", [%{a: 1}])
Process.sleep(200)
