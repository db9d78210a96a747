# 'a | b' outside brackets at a script's top level is Elixir's 'misplaced operator |/2' with its
# explanation (beamlet said 'undefined function |/2'); [1 | 2 | 3] nests one in a tail.
x = [1 | 2 | 3]
IO.inspect(x)
