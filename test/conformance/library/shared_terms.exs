# :persistent_term, :counters and :atomics
IO.inspect :persistent_term.put({:my, :key}, %{a: 1})
IO.inspect :persistent_term.get({:my, :key})
IO.inspect :persistent_term.get(:nope, :default)
IO.inspect :persistent_term.erase({:my, :key})
IO.inspect :persistent_term.erase({:my, :key})
try do :persistent_term.get(:nope) rescue e -> IO.inspect e end
c = :counters.new(3, [])
IO.inspect elem(c, 0)
IO.inspect :counters.add(c, 1, 5)
IO.inspect :counters.sub(c, 2, 3)
IO.inspect :counters.put(c, 3, 9)
IO.inspect {:counters.get(c, 1), :counters.get(c, 2), :counters.get(c, 3)}
IO.inspect :counters.info(c) |> Map.keys()
IO.inspect :counters.info(c).size
try do :counters.get(c, 4) rescue e -> IO.inspect e end
try do :counters.add(c, 1, 1.5) rescue e -> IO.inspect e end
a = :atomics.new(2, signed: true)
IO.inspect is_reference(a)
IO.inspect :atomics.add_get(a, 1, 10)
IO.inspect :atomics.sub_get(a, 1, 3)
IO.inspect :atomics.exchange(a, 1, 100)
IO.inspect :atomics.compare_exchange(a, 1, 100, 5)
IO.inspect :atomics.compare_exchange(a, 1, 100, 6)
IO.inspect :atomics.get(a, 1)
IO.inspect :atomics.put(a, 2, 9_223_372_036_854_775_807)
IO.inspect :atomics.add_get(a, 2, 1)
IO.inspect :atomics.info(a)
u = :atomics.new(1, signed: false)
IO.inspect :atomics.sub_get(u, 1, 1)
IO.inspect :atomics.info(u).min
try do :atomics.put(u, 1, -1) rescue e -> IO.inspect e end
try do :atomics.new(0, []) rescue e -> IO.inspect e end
