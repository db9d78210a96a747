# A typo in an unquote fragment of a def in a `for` of a module body: the name is no variable,
# so a call of an undefined function: a CompileError as Kernel.def/2 expands (before, it ran)
defmodule Gen do
  for n <- [:a, :b] do
    def unquote(n)(), do: unquote(value)
  end
end
