# A parser error names an identifier as Erlang writes the atom: quoted when it needs quotes.
x = 0b1_2
