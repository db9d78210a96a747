# `require` of a module that does not exist at a script's top level: Elixir's CompileError report
# has an empty trace (import's shows Code.require_file's frame)
defmodule Helper do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
end

alias Helper.Missing
require Missing
