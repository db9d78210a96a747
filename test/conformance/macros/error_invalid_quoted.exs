# a macro returning a value that is not quoted code
defmodule M do
  defmacro m, do: %{a: 1}
end

defmodule N do
  require M
  def f, do: M.m()
end
