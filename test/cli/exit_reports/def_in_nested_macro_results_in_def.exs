defmodule M do
  defmacro d, do: quote(do: def(g, do: 1))
  defmacro e, do: quote(do: M.d())
  defmacro f, do: quote(do: M.e())
  defmacro g, do: quote(do: M.f())
end
defmodule U do
  require M
  def f, do: M.g()
end
