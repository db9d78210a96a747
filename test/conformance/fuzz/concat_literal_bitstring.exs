# `<>` takes a literal <<>> operand as `<<...>>::binary`: one that is not whole bytes is a
# CompileError before anything runs (found by scripts/fuzz-diff-terms.mjs seed 3: beamlet
# built <<97, 1::size(1)>>)
IO.puts("never printed")
f = fn x -> x <> <<1::4, 2::4>> <> "z" end
IO.inspect(f.("a"))
g = fn x -> x <> <<1::1>> end
IO.inspect(g.("a"))
