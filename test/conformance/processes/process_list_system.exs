# Process.list/0 on a fresh node, split out of process_info.exs: the BEAM has ~50 system processes
IO.inspect(self() in Process.list())
IO.inspect(length(Process.list()) > 5)
