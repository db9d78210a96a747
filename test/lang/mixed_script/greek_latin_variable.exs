x = 1
  λx = x
