# A parser error names an identifier as Erlang writes the atom: foo? takes quotes.
x = 1 foo?
