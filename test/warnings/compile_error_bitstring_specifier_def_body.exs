# an unknown bitstring specifier in a def's body: the module body's frame below
# elixir_bitstring's
defmodule M do
  def f(x), do: <<x::foo>>
end
