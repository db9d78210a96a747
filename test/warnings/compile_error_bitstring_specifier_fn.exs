# an unknown bitstring specifier in a construction in a file-level fn: elixir_fn's frames below
# elixir_bitstring's
x = 1
f = fn y -> <<y::foo>> end
