# GenServer.stop with a string: FunctionClauseError in GenServer.whereis/1, called at line 983
GenServer.stop("string_name")
