x = 1
y = λx@a
