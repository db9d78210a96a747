x = 1
:"foo bar".b = x
