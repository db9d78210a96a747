# `for ..., uniq: true, into: ""` (or into: <<>>): a value that is no bitstring fails as the
# comprehension makes it, in the generator's fun under Enum.reduce, as Elixir's appending does
defmodule M do
  def f(l), do: for(x <- l, uniq: true, into: "", do: x)
  def h(s), do: for(<<c <- s>>, uniq: true, into: "", do: <<c>>)
  def k(l), do: for(x <- l, uniq: true, into: <<>>, do: x)
  def j(l), do: for(x <- l, into: <<>>, do: x)
end

IO.inspect(M.f(["a", "b", "a", <<1::3>>]))
IO.inspect(M.h("abca"))
IO.inspect(M.k(["x", "x", "y"]))
IO.inspect(M.j(["x", "x", "y"]))
try do M.k([1]) rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)}) end
try do M.f(["a", :b, "c"]) rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)}) end
M.f(["a", 1])
