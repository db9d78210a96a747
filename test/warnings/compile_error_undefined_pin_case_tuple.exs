# an undefined ^pin inside a tuple of a file-level case's pattern: the tuple's frames push the
# lists:mapfoldl_1/3 frame out of the trace, which is empty
x = 1
case x do
  {^y, 2} -> :ok
end
