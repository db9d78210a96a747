# the unused variables of a case's clauses expanded before the clause that fails are told first
case 1 do
  a ->
    case 2 do
      b -> 1
      c -> nope()
    end
  d -> 2
end
