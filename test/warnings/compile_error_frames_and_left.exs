# an undefined function left of and: the case's subject
x = 1
y = nope(x) and true
