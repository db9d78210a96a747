# maps keyed by 0.0 and -0.0 (one key in OTP 25, as 0.0 =:= -0.0): which of the two a merge keeps.
# Map.merge/2 (and Enum.into a non-empty map) keeps the second map's key; :maps.merge_with/3 and
# Map.merge/3 give fun the smaller map's key (map1's at equal sizes) and keep the key as an update
# does (a small map its own, a large map the new one); put/update as before. The values go through
# term_to_binary so that no literal of the compiler is shared between them.
o = fn x -> :erlang.binary_to_term(:erlang.term_to_binary(x)) end
p = o.(0.0); n = o.(-0.0)
mp = o.(%{p => :a}); mn = o.(%{n => :b})
IO.inspect {:put, :maps.put(n, :c, mp), :maps.put(p, :c, mn), Map.put(mp, n, :c), Map.put(mn, p, :c)}
IO.inspect {:update, %{mp | n => :u}, %{mn | p => :u}, :maps.update(n, :u, mp), :maps.update(p, :u, mn)}
IO.inspect {:assoc, Map.merge(mp, mn), Map.merge(mn, mp)}
IO.inspect {:from_list, :maps.from_list([{n, 1}, {p, 2}]), :maps.from_list([{p, 1}, {n, 2}]), Map.new([{n, 1}, {p, 2}]), Map.new([{p, 1}, {n, 2}])}
IO.inspect {:into, Enum.into([{n, :x}], mp), Enum.into([{p, :x}], mn), Enum.into([{n, :x}, {p, :y}], o.(%{1 => 2})), Enum.into([{p, :x}, {n, :y}], o.(%{1 => 2})), Enum.into([{n, :x}, {p, :y}], %{})}
big = o.(Map.new(1..40, &{&1, &1}))
bp = Map.put(big, p, :a); bn = Map.put(big, n, :b)
fl = fn m -> m |> Map.keys() |> Enum.filter(&is_float/1) end
IO.inspect {:big, fl.(bp), fl.(bn), fl.(Map.put(bp, n, 1)), fl.(Map.put(bn, p, 1)), fl.(Map.merge(bp, mn)), fl.(Map.merge(bn, mp)), fl.(Map.merge(mn, bp)), fl.(Map.merge(mp, bn)), fl.(Map.merge(bp, bn)), fl.(Map.merge(bn, bp)), fl.(%{bp | n => 1}), fl.(%{bn | p => 1})}
f = fn k, a, b -> {k, a, b} end
g = fn m -> m |> Enum.filter(fn {k, _} -> is_float(k) end) end
mp = o.(%{p => :a}); mn = o.(%{n => :b}); mp2 = o.(%{p => :a, 1 => 1}); mn2 = o.(%{n => :b, 2 => 2})
big = o.(Map.new(3..40, &{&1, &1})); bp = Map.put(big, p, :a); bn = Map.put(big, n, :b)
for {x, y} <- [{mp, mn}, {mn, mp}, {mp2, mn}, {mn, mp2}, {mp, mn2}, {mn2, mp}, {bp, mn}, {mn, bp}, {bn, mp}, {mp, bn}, {bp, bn}, {mp2, mn2}] do
  IO.inspect {g.(Map.merge(x, y)), g.(Map.merge(x, y, f)), g.(:maps.merge_with(f, x, y)), g.(Enum.into(x, y)), g.(Enum.into(Map.to_list(x), y))}
end
IO.inspect {:other, Map.update(mp, n, 0, &{&1}), Map.replace(mp, n, :r), Map.replace!(mn, p, :r), Map.put_new(mp, n, 1), :maps.update_with(n, &{&1}, mp), Map.take(mp, [n]), Map.split(mn, [p]), Map.drop(mp, [n])}
