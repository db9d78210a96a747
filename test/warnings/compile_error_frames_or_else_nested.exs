# an undefined function right of &&, inside ||'s right: each macro's case clause
x = 1
y = x || (x && nope(x))
