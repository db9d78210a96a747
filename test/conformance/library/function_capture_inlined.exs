# Function.capture/3 compiles into :erlang.make_fun/3 (Elixir inlines it): a failure is the BIF's,
# with no Function frame, and the capture of Function.capture/3 is &:erlang.make_fun/3
f = Function.capture(Enum, :map, 2)
IO.inspect(f)
IO.inspect(&Function.capture/3)
IO.inspect(f.([1], &(&1 + 1)))
m = :"Elixir.String"
IO.inspect(Function.capture(m, :upcase, 1).("a"))
IO.inspect(Function.capture(:lists, :reverse, 1) == &:lists.reverse/1)
defmodule M do
  def g(x), do: Function.capture(x, :f, 0)
  def h, do: Function.capture(:a, :b, -1)
end
IO.inspect(M.g(:z))
try do M.g(1) rescue e -> IO.inspect({e, __STACKTRACE__}) end
try do M.h() rescue e -> IO.inspect({e, __STACKTRACE__}) end
