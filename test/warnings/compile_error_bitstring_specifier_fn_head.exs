# an unknown bitstring specifier in a file-level fn's head: the pattern's expansion (two
# frames more than a construction's) leaves only elixir_fn's transformer in the trace
f = fn <<y::foo>> -> y end
