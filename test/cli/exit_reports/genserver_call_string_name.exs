# GenServer.call with a string: FunctionClauseError in GenServer.whereis/1, called at line 1025
GenServer.call("string_name", :x)
