# (required by require_file_script_names.exs) a raise at the top level of a required file
IO.puts("raising")
raise ArgumentError, "top level of a required file"
