# the calls OTP's compiler finds will fail with ArithmeticError, a %Range{} literal (Kernel's `..` of
# integer literals) among their operands; no warning where the range is made by Range.new
show = fn st -> IO.inspect(Enum.take_while(st, &(elem(&1, 0) != :elixir_compiler))) end
try do (5..-2) + 0 rescue _ -> show.(__STACKTRACE__) end
x = 1..-(-3)
try do x * 2 rescue _ -> show.(__STACKTRACE__) end
try do -(1..9//2) rescue _ -> show.(__STACKTRACE__) end
n = Enum.random([4])
try do (1..n) + 0 rescue _ -> show.(__STACKTRACE__) end
try do (1..(1 + 1)) - 1 rescue _ -> show.(__STACKTRACE__) end
IO.inspect({map_size(1..2), 3..1, 1..5//2})
