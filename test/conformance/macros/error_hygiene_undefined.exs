# a macro's variable is not the caller's variable: reading it fails
defmodule M do
  defmacro set, do: quote(do: y = 1)
end

defmodule N do
  require M
  def f do
    M.set()
    y
  end
end
