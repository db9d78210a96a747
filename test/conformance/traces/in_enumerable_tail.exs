# `x in y` on a non-literal y is Enum.member?(y, x): in tail position a tail call, so the caller's
# frame is not in the stack trace; elsewhere it is
defmodule Check do
  def inside?(x, y), do: x in y
  def both(x, y) do
    found = x in y
    {found, x}
  end
end

IO.inspect(Check.inside?(2, [1, 2]))
IO.inspect(Check.inside?(5, 1..3))
IO.inspect(Check.both(1, MapSet.new([1])))

own_frames = fn st -> for {Check, f, a, _} <- st, do: {f, a} end

try do
  Check.both(1, :nope)
rescue
  _ -> IO.inspect(own_frames.(__STACKTRACE__))
end

try do
  Check.inside?(1, :nope)
rescue
  _ -> IO.inspect(own_frames.(__STACKTRACE__))
end

Check.inside?(:a, :b)
