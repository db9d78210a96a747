# Map literals, access, update syntax
m = %{"k" => 1, :a => 2, 3 => :three}
IO.inspect(m)
IO.inspect(%{a: 1, b: 2})
IO.inspect(%{b: 1, a: 2, c: 3})
IO.inspect(%{})
IO.inspect(m["k"])
IO.inspect(m[:missing])
kw = %{name: "x", age: 3}
IO.inspect(kw.name)
IO.inspect(%{kw | age: 4})
IO.inspect(%{kw | age: 4, name: "y"})
IO.inspect(Map.put(kw, :new, true))
IO.inspect(map_size(kw))
IO.inspect(%{1 => :int, 1.0 => :float})
IO.inspect(%{[1] => :list, {1} => :tuple, "s" => :str, :a => :atom, 2 => :num})
IO.inspect(%{{:nested, 1} => %{inner: [1, 2]}})
%{a: x} = %{a: 10, b: 20}
IO.inspect(x)
IO.inspect(Map.get(m, 3))
IO.inspect(is_map(m))
IO.inspect(%{a: 1} == %{a: 1.0})
IO.inspect(%{a: 1} === %{a: 1.0})
IO.inspect(%{"b" => 1, "a" => 2, "c" => 3})
big = Map.new(1..10, fn i -> {i, i * i} end)
IO.inspect(big)
try do
  %{kw | missing: 1}
rescue
  e -> IO.inspect(e)
end
