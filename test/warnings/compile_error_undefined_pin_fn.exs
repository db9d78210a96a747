# an undefined ^pin in the head of a file-level fn: elixir_fn's frames around lists:mapfoldl_1/3
x = 1
f = fn ^y -> x end
