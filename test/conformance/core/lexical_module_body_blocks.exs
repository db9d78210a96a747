# module-body code around defs: an alias or import inside its if/for block holds for the defs
# written in that block, and ends with the block
defmodule M do
  if true do
    alias Foo.Bar
    def f, do: Bar
  end
  def g, do: __ENV__.aliases
  for n <- [1, 2] do
    import List, only: [first: 1]
    def h(unquote(n)), do: first([unquote(n) * 7])
  end
  unless false do
    import String, only: [upcase: 1]
    defp shout(s), do: upcase(s)
  end
  def i, do: shout("hi")
  def j, do: __ENV__.functions |> Enum.reject(fn {m, _} -> m == Kernel end)
end
IO.inspect({M.f(), M.g(), M.h(1), M.h(2), M.i(), M.j()})
