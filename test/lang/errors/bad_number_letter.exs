a = 08x
