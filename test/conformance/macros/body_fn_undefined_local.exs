# A call of an undefined function in a fn of a module's body is a CompileError while the body is
# expanded (before, the body ran and the call failed)
defmodule Gen do
  IO.puts("not printed")
  Enum.each([1, 2], fn n -> helper(n) end)
end
