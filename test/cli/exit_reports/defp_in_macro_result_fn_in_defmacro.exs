defmodule M do
  defmacro d, do: quote(do: fn -> defp(g, do: 1) end)
end
defmodule U do
  require M
  defmacro f, do: M.d()
end
