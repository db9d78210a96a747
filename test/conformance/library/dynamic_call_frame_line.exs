# A call mod.f(args) whose arguments call functions on later lines: its frame keeps the line of the
# call itself (as the BEAM places it), also for apply/3 and when mod is no module (badarg), as in
# Time.convert/2 given a calendar that is no module
defmodule M do
  def f(m, x) do
    r = m.foo(
      g(x))
    r
  end
  def h(m, x) do
    r = apply(m, :foo, [
      g(x)])
    r
  end
  def k(m, x) do
    r = m.bar(x,
      g(x))
    r
  end
  def g(x), do: x
end
defmodule N do
  def foo(x), do: raise "boom #{x}"
  def bar(_, x), do: x.()
end
for f <- [fn -> M.f(1, 2) end, fn -> M.f(N, 2) end, fn -> M.h(1, 2) end, fn -> M.h(N, 2) end, fn -> M.k(N, 3) end, fn -> M.k(:nope, 3) end] do
  try do
    f.()
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
  end
end
try do
  Time.convert(~T[10:00:00], 1)
rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end
