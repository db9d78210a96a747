# an undefined ^pin in a later clause of a file-level receive: the clauses are mapped over as a
# case's, lists:mapfoldl_1/3 and its recursion
receive do
  1 -> :one
  ^y -> :ok
end
