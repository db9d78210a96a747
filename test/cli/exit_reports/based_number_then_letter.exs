# A 0x/0o/0b number ends at its last digit: what follows is the next token, so 0x1g is a syntax
# error before g in the parser (beamlet said 'invalid character after number').
x = 0x1g
