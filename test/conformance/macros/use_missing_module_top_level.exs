# `use` of a module that does not exist, at a script's top level: a CompileError as Kernel.use
# expands, before anything runs
IO.puts("not printed")
use Missing.Top.Level
