defmodule Util do
  defmacro twice(x), do: quote(do: unquote(x) * 2)

  def sum(list), do: Enum.sum(list)

  def unused(x), do: 1
end
