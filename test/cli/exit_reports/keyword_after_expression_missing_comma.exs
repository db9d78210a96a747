# A keyword after an expression (a comma missing) is named with its colon, as Erlang writes the
# atom: syntax error before: 'b:' (beamlet said b).
x = %{a: 1 b: 2}
