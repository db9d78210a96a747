# 'ab' ++ rest and [a, b] ++ rest in patterns: the left side's elements, then the rest as the
# tail (beamlet said: undefined function ++/2)
'ab' ++ a = 'abc'
IO.inspect(a)
[1, 2] ++ b = [1, 2, 3]
IO.inspect(b)
[h] ++ [x | t] = [1, 2, 3]
IO.inspect({h, x, t})
[] ++ all = [:z]
IO.inspect(all)
f = fn
  'x' ++ rest -> {:x, rest}
  [_, _] ++ rest -> {:two, rest}
  _ -> :no
end
IO.inspect({f.('xyz'), f.('qrs'), f.('q')})
case [?a, ?b] do
  'a' ++ t -> IO.inspect(t)
end
try do
  'ab' ++ c = Function.identity(-0.0)
  IO.inspect(c)
rescue
  e -> IO.inspect(e)
end
'ab' ++ _ = Function.identity('xy')
