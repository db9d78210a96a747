# cond's and receive's clauses expanded before the one that fails: their unused variables first
cond do
  a = 1 -> 2
  true -> nope()
end
receive do
  {:a, v} -> 1
  {:b, w} -> nope()
after 0 -> 2
end
