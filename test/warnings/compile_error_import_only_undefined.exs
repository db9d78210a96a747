# `import M, only: [...]` naming a function M does not export is a CompileError where it is imported
defmodule Strings do
  import String, only: [upcase: 1, shout: 1]
  def f, do: upcase("x")
end
