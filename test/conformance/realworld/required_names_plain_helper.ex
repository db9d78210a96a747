# (required by require_file_script_names.exs) a file without a fn: its module is given back
{_, st} = Process.info(self(), :current_stacktrace)
IO.inspect(Enum.take(st, 8), label: "plain file")
