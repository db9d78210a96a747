x = 1
A@b
