# an unknown bitstring specifier in a fn inside a def: elixir_fn's frames, no (module) frame
defmodule M do
  def f(x) do
    g = fn y -> <<y::foo>> end
    g.(x)
  end
end
