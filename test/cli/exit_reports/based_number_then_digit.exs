# 0o78: the octal number 0o7, then the number 8: a syntax error before "8".
x = 0o78
