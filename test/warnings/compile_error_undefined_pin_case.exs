# an undefined ^pin in a clause of a file-level case: the trace shows the lists:mapfoldl_1/3
# frame the case's clauses are expanded in
x = 1
case x do
  ^y -> :ok
end
