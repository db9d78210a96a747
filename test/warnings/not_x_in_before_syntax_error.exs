# the parser warns of `not x in y` as it reads it: before a syntax error further on, but not for
# one in the expression the error cuts short
y = fn x -> not x in [1] end
z = (not 2 in [2])
x = [!3 in [3], not 4 in [4] +]
