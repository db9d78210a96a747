# an undefined ^pin in a later clause of a file-level with: lists:mapfoldl_1/3, recursion included
x = 1
with 1 <- x, {^y, 1} <- {x, 1} do
  :ok
end
