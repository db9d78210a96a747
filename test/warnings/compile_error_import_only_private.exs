# a private function is not exported: importing it by name is a CompileError (after the warnings
# of the module that defines it)
defmodule Helpers do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
  def once(x), do: x
  defp secret(x), do: x
end

defmodule User do
  import Helpers, only: [twice: 1, once: 1, secret: 1]
  def f, do: twice(once(1))
end
