# an undefined function on the right of the only file-level expression, a match: the trace
# reaches Code.require_file/2
r = catch_exit(GenServer.call(:s, :get, 50))
