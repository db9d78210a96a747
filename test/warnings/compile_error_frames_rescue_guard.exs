# A rescue clause takes no guard: elixir_clauses' expand_rescue/3 expands `e when e = 1` as an
# expression, a call of when/2, under the clause's frames (the clauses' lists:mapfoldl/3 shows)
try do
  1
rescue
  e when e = 1 -> e
end
