# Code's compiler options: available_compiler_options/0 (Elixir's order), compiler_options/0,1,
# get/put_compiler_option and their errors (RuntimeError for an unknown option put, FunctionClauseError
# for one read), can_await_module_compilation?/0 outside a parallel compiler
IO.inspect Code.compiler_options()
IO.inspect Code.compiler_options(ignore_module_conflict: true)
IO.inspect Code.get_compiler_option(:ignore_module_conflict)
IO.inspect Code.put_compiler_option(:docs, false)
IO.inspect Code.compiler_options()
try do Code.put_compiler_option(:bogus, 1) rescue e -> IO.inspect e end
try do Code.get_compiler_option(:bogus) rescue e -> IO.inspect e end
IO.inspect Code.available_compiler_options()
IO.inspect Code.can_await_module_compilation?()
Code.get_compiler_option(:bogus)
