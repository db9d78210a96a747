# an undefined ^pin in a later clause of a file-level case: lists:mapfoldl_1/3's recursion shows too
x = 1
case x do
  2 -> :two
  [^y] -> :ok
end
