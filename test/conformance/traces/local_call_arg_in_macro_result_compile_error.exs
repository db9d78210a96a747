defmodule M do
  defmacro m(x), do: quote(do: unquote(x) + 1)
end
defmodule U do
  require M
  def f(x) do
    M.m({:ok, n} when n > 0 = x)
  end
end
