# a fn's head at a script's top level: elixir_fn's frames show
f = fn
  :none -> nil
  [<<a>>, _] = [<<b::size(8)>>, 2] -> {a, b}
end
IO.inspect(f.(:none))
