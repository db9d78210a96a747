# deprecated calls: in a script's top level and a module's body as expanded, in functions once
# the file is compiled, after calls to unknown modules and before undefined functions
x = Enum.partition([1, 2], &(&1 > 1))
IO.inspect(x)
defmodule Dep do
  @chunks Enum.chunk([1, 2], 1)
  def a, do: Zed.foo()
  def b, do: Enum.nope()
  def c, do: String.to_char_list("a")
  def d, do: Enum.partition([], & &1)
  def e, do: Atom.zz()
  def f, do: Abc.foo()
  def g, do: [1, 2] |> Enum.chunk(1)
  def h, do: @chunks
  Enum.uniq([1], & &1)
end
IO.inspect(Dep.h())
