# var! reading a caller variable that does not exist
defmodule M do
  defmacro read, do: quote(do: var!(missing))
end

defmodule N do
  require M
  def f, do: M.read()
end
