# :gen_server.stop with a string: FunctionClauseError in :gen.do_for_proc/2 (no clauses shown)
:gen_server.stop("string_name")
