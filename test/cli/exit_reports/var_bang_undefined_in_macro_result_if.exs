defmodule M do
  defmacro bad, do: quote(do: if(true, do: var!(nope)))
end
defmodule U do
  require M
  def f, do: M.bad()
end
