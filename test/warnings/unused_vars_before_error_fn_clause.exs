# the unused variables of a fn's clauses expanded before the clause that fails are told first
fn
  a -> 1
  b -> nope(b)
end
