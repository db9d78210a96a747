# 0.0 and -0.0 are one map key on OTP 25 (=:=); which of them a map keeps: a build from a list
# (:maps.from_list, :maps.from_keys, Map.new, MapSet.new, Map.from_keys, for ... into: %{}) the
# last, a put into a small map the one it had, a put into a big map the new one, a map
# expression with both the first key and the last value
z = Process.get(:z, 0.0)
n = Process.get(:n, -0.0)
m = %{z => :a}
IO.inspect({Map.put(m, n, :b), Map.get(m, n), Map.has_key?(m, n), map_size(%{z => 1, n => 2}), Map.new([{z, 1}, {n, 2}]), Map.new([{n, 1}, {z, 2}])})
IO.inspect({MapSet.new([z, n]), MapSet.new([n, z]), MapSet.new([1, 2], fn _ -> n end), Enum.uniq([z, n]), Enum.frequencies([z, n]), %{m | n => :c}})
IO.inspect({:maps.from_list([{z, 1}, {n, 2}]), Map.update(m, n, 0, &{&1}), Map.delete(m, n), Map.take(m, [n]), Map.drop(m, [n])})
IO.inspect({%{z => 1, n => 2}, %{n => 1, z => 2}, %{:a => 1, z => 1, n => 2}, Map.from_keys([z, n], 0), :maps.from_keys([n, z], 0), Map.new([{{z}, 1}, {{n}, 2}]), Map.new([{[n], 1}, {[z], 2}])})
IO.inspect({Map.new([z, n], &{&1, 1}), for(x <- [z, n], into: %{}, do: {x, 1}), Map.put_new(%{z => 1}, n, 2), Map.replace(%{z => 1}, n, 2)})
big = Map.new(1..40, &{&1, &1})
floats = fn m -> m |> Map.keys() |> Enum.filter(&is_float/1) end
IO.inspect({floats.(Map.put(Map.put(big, z, 1), n, 2)), floats.(Map.new(Enum.to_list(1..40) ++ [z, n], &{&1, 1})), floats.(Map.new(Enum.to_list(1..40) ++ [n, z], &{&1, 1}))})
for a <- [[1 | 2], :a] do
  try do Map.from_keys(a, 0) rescue e -> IO.inspect({e, hd(__STACKTRACE__)}) end
end
