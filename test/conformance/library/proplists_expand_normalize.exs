# :proplists.expand/2 (the first entry of a key replaced when it is the property, later ones
# deleted, the first expansion of a key only), normalize/2 and to_map/2 with their stages
IO.inspect :proplists.expand([{:foo, [:bar, :baz]}], [:fie, :foo, :fum])
IO.inspect :proplists.expand([{{:foo, true}, [:bar, :baz]}], [:fie, :foo, {:foo, false}, :fum])
IO.inspect :proplists.expand([{{:foo, false}, [:bar, :baz]}], [:fie, {:foo, false}, :fum])
IO.inspect :proplists.expand([{{:foo, true}, [:bar, :baz]}], [{:foo, false}, :fie, :foo, :fum])
IO.inspect :proplists.expand([{:a, [:x]}, {:a, [:y]}, {:b, [[:nested], :z]}], [:b, :a, {:a, 1}, "str", {:b, 2}])
IO.inspect :proplists.expand([{:a, [:a, :extra]}], [:a, :q])
IO.inspect :proplists.normalize([:a, {:b, true}, :no_c, {:d, 1}], [{:aliases, [{:a, :aa}]}, {:negations, [{:no_c, :c}]}, {:expand, [{:d, [{:d, 1}, :e]}]}])
IO.inspect :proplists.normalize([{:x, true}, :y], [])
IO.inspect :proplists.to_map([:a, {:b, 2}, :no_c], [{:negations, [{:no_c, :c}]}])
IO.inspect :proplists.to_map([{:k, 1}, {:k, 2}, :flag], [])
try do
  :proplists.expand(:bad, [])
rescue e -> IO.inspect(e.__struct__)
end
