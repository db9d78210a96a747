# A macro cannot be called in the body of the module that defines it: when the body is expanded
# (before it runs) the macro does not exist yet, so the call is an undefined function
defmodule WithMacro do
  IO.puts("body: first line")
  defmacro twice(x), do: quote(do: unquote(x) * 2)
  IO.puts("body: after defmacro")
  IO.puts(twice(21))
end
