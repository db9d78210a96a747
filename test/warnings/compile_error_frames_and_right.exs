# an undefined function right of and: Kernel.and/2's case, its true clause
x = 1
y = x > 0 and nope(x)
