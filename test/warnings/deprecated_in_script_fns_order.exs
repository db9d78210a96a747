# A script's deprecation warnings in the order Elixir expands it: a fn's body (and a capture of
# a deprecated function) where it is written, before the expressions after it
d = Enum.reduce(1..3, HashDict.new(), fn i, acc -> HashDict.put(acc, i, i * i) end)
IO.inspect(HashDict.size(d))
words = Enum.map([" a ", " b"], fn w -> String.strip(w) end) |> Enum.map(&String.rstrip/1)
IO.inspect(words)
nested = fn xs -> Enum.map(xs, fn x -> String.lstrip(x) end) end
IO.inspect({nested.([" c"]), Enum.chunk([1, 2, 3, 4], 2)})
defmodule Later do
  def f(x), do: Enum.map(x, fn y -> String.strip(y) end)
end
IO.inspect(Later.f([" e "]))
