x = 1
cafe@b = x
