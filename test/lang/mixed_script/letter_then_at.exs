x = λ@a
