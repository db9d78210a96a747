# A fn Erlang's compiler inlines that fails with function_clause keeps a frame of its own with
# the arguments, named -f/1-inlined-N-: N counts the enclosing function's inlined fns whose
# clause error stays (not those folded away on known arguments, nor catch-all ones). A call or a
# match that can fail between the fn and its use keeps the fn a fn (-f/1-fun-N-). In a try the
# enclosing function's frame stays under it, at the fn's line.
defmodule M do
  def b(x) do
    h = fn z -> z end
    Enum.map([1], h)
    g0 = fn {:ok, y} -> y end
    _ = g0.({:ok, 1})
    g = fn {:ok, y} -> y end
    g.(x)
  end

  def c(x) do
    k = fn :never -> 1 end
    _ = Enum.map([1], fn q -> q end)
    k.(x)
  end

  def c5(x) do
    k = fn :never -> 1 end
    _ = fn q -> q end
    {:ok, _} = {:ok, x}
    k.(x)
  end

  def i(x, y) do
    a = fn :a -> 1 end
    _ = a.(y)
    b = fn :b -> 2 end
    b.(x)
  end

  def s(x, y) do
    a = fn z -> z end
    _ = a.(y)
    t = fn z when is_atom(z) -> z end
    _ = t.(y)
    b = fn :b, 1 -> 2 end
    r = b.(x, 1)
    r
  end

  def q1(x, y) do
    k = fn :b -> 2 end
    {:ok, _} = y
    k.(x)
  end

  def v(x) do
    k = fn :b -> raise "boom" end
    IO.write("")
    k.(x)
  end

  def w(x) do
    try do
      k = fn :never -> 1 end
      k.(x)
    rescue
      _ -> Enum.take(__STACKTRACE__, 2)
    end
  end
end

for {f, a} <- [b: [:z], c: [:z], c5: [:z], i: [:z, :a], s: [:z, :a], q1: [:z, {:ok, 1}], v: [:b]] do
  try do
    apply(M, f, a)
  rescue
    _ -> IO.inspect(Enum.take(__STACKTRACE__, 2))
  end
end

IO.inspect(M.w(:z))

try do
  k = fn :never -> 1 end
  k.(:z)
rescue
  _ -> IO.inspect(Enum.take(__STACKTRACE__, 2))
end
