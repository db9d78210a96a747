# :lists.rumerge/2,3, rumerge3/3, rukeymerge/3 and zf/2: unique merges of lists sorted in reverse,
# ties between equal terms (1 and 1.0) kept from the first list
f = fn a, b -> a <= b end
g = fn a, b -> a >= b end
cases = [
  {[3, 2, 1], [4, 2, 0]},
  {[3, 2.0, 1], [4, 2, 1.0]},
  {[2, 1.0], [2.0, 1]},
  {[], [3, 1]},
  {[5, 1], []},
  {[9, 7, 7, 5], [8, 7, 6]},
  {[1.0], [1]},
  {[1], [1.0]}
]
for {a, b} <- cases do
  IO.inspect({a, b})
  IO.inspect(:lists.rumerge(a, b), label: "rumerge")
  IO.inspect(:lists.rumerge(f, a, b), label: "rumerge f")
  IO.inspect(:lists.rumerge(g, Enum.reverse(a), Enum.reverse(b)), label: "rumerge g")
  IO.inspect(:lists.rumerge3(a, b, [2, 1.0]), label: "rumerge3")
  IO.inspect(:lists.rumerge3([2.0, 1], a, b), label: "rumerge3b")
  ka = Enum.map(a, &{&1, :a})
  kb = Enum.map(b, &{&1, :b})
  IO.inspect(:lists.rukeymerge(1, ka, kb), label: "rukeymerge")
  IO.inspect(:lists.rukeymerge(2, ka, kb), label: "rukeymerge2")
end
IO.inspect(:lists.zf(fn x -> if x > 1, do: {true, x * 2}, else: x == 1 end, [0, 1, 2, 3]))
