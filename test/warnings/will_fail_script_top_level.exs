# A script's top level: its own warnings (unused variables) come first, then OTP's will-fail
# warnings of the top level; calls inside the top level's fns are not checked; a module's
# warnings come when it is defined.
defmodule W do
  def a, do: Integer.to_string(1.5)
  def b, do: fn -> elem(:a, 0) end
end

x = fn -> Integer.to_string(1.5) end
y = [fn -> :a + 1 end]
f = fn -> elem(:a, 0) end

case W do
  W -> fn -> :b + 1 end
end

for z <- [1], do: fn -> z + :b end
IO.puts(is_function(f))
try do
  Integer.to_string(2.5)
rescue
  _ -> IO.puts(:rescued)
end
