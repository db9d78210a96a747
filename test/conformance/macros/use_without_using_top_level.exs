# `use Enum, x: 1` at a script's top level: Kernel.use requires Enum and calls Enum.__using__/1,
# which is undefined: an UndefinedFunctionError once the lines before it have run
IO.puts("start")
use Enum, x: 1
IO.puts("never")
