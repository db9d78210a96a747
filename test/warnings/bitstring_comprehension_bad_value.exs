# A bitstring comprehension (bitstring generators only, into "") whose body v3_core knows is no
# bitstring (a tuple, a list, a literal other than a string) will fail: warned at the for's line,
# the body computed, then a plain badarg (a map is a value it does not know: the construction's
# own error). v3_core's warnings come first, the last found first, the functions read by name.
defmodule BadValue do
  def z(b), do: for(<<x <- b>>, into: "", do: (IO.puts(x); {x}))
  def c(b), do: for(<<x <- b>>, x > 1, into: "", do: [x])
  def d(b), do: for(<<x <- b>>, into: "", do: %{x => 1})
  def e(b), do: for(<<x <- b>>, into: "", do: :a)
  def f(b), do: for(<<x <- b>>, into: "", do: "s")
  def g(b), do: for(<<x <- b>>, into: "", uniq: true, do: {x})
  def a(b) do
    y = for(<<x <- b>>, into: "", do: -1)
    {y, for(<<x <- b>>, into: <<>>, do: [])}
  end
  def j(b), do: for(<<x <- b>>, into: "", do: <<x>>)
  def k(b), do: for(x <- b, into: "", do: {x})
end
for f <- [:z, :c, :d, :e, :f, :a, :j] do
  try do
    IO.inspect(apply(BadValue, f, ["ab"]))
  rescue
    e -> IO.inspect({f, e})
  end
end
IO.inspect(try do: for(<<x <- "ab">>, into: "", do: {x}), rescue: (e -> e))
