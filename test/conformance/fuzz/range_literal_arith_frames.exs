# Kernel's `..` and `..//` expand integer literals (unary minus folded: -2, -(-2)) to a %Range{}
# literal, so OTP's compiler knows the value: an operator applied to it fails as a call of the
# :erlang BIF, whose frame heads the trace (a variable bound to one too); other ends go through
# Range.new and fail in the caller's frame. beamlet knew no range as a constant (found by fuzz-diff
# seed 60000: `(5..-2) + 0`)
show = fn st -> IO.inspect(Enum.take_while(st, &(elem(&1, 0) != :elixir_compiler))) end
try do (5..-2) + 0 rescue _ -> show.(__STACKTRACE__) end
x = 1..-(-3)
try do x * 2 rescue _ -> show.(__STACKTRACE__) end
try do -(1..9//2) rescue _ -> show.(__STACKTRACE__) end
n = Enum.random([4])
try do (1..n) + 0 rescue _ -> show.(__STACKTRACE__) end
try do (1..(1 + 1)) - 1 rescue _ -> show.(__STACKTRACE__) end
IO.inspect({map_size(1..2), 3..1, 1..5//2})
