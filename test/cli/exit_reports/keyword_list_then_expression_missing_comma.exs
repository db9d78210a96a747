# A keyword list, then an expression and a keyword with no comma between: the parser's error is
# before that keyword, not 'unexpected expression after keyword list'.
x = [a: 1, 2 b: 3]
