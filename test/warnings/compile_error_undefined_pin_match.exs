# an undefined ^pin on the left of a file-level match: the trace is empty
x = 1
^y = x
