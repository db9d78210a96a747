# says {:file, :preloaded}; of a module nowhere, :non_existing
IO.inspect(:code.which(:erlang))
IO.inspect(:code.is_loaded(:erlang))
IO.inspect(:code.which(:no_such_module_here))
IO.inspect(:code.which(NoSuch.Module))
