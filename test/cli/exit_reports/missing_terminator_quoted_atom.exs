# An unterminated quoted atom: Elixir's tokenizer names it an atom (beamlet said 'quoted atom').
x = :"ab#{1}
