# an undefined ^pin in a guarded head of a file-level fn: only elixir_fn's transformer shows
x = 1
f = fn ^y when is_integer(x) -> x end
