# Kernel.to_char_list/1 is a deprecated macro in Elixir 1.14: it warns where it expands, called
# imported or as Kernel.to_char_list (which beamlet took for an undefined function).
IO.inspect(Kernel.to_char_list(1))
IO.inspect(to_char_list(:ab))
defmodule KK do
  def f(x), do: to_char_list(x)
end
IO.inspect(KK.f(12))
