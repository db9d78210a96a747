# import Kernel, only: [...] may name Kernel's macros (def, if ...) and except: [...] frees names a
# module defines itself, as in Elixir 1.14 (beamlet refused `only: [def: 2]`: "cannot import
# Kernel.def/2 because it is undefined or private")
defmodule MyDSL do
  import Kernel, except: [+: 2, inspect: 1]
  def a + b, do: {:plus, a, b}
  def inspect(x), do: "custom #{Kernel.inspect(x)}"
  def run, do: {1 + 2, inspect(:x)}
end

IO.inspect(MyDSL.run())

defmodule Strict do
  import Kernel, only: [def: 2, +: 2, >: 2, is_integer: 1, if: 2]
  def f(x) when is_integer(x), do: if(x > 0, do: x + 1, else: x)
end

IO.inspect(Strict.f(1))
