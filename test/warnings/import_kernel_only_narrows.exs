# `import Kernel, only: [...]` imports only those of Kernel's functions and macros: calling
# another one (a function or a macro) is calling an undefined local function
defmodule Narrow do
  import Kernel, only: [def: 2, inspect: 1]
  def f(a), do: inspect(a) <> length([a])
end
