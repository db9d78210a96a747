# a macro calling an undefined function while expanding
defmodule M do
  defmacro m(x) do
    NotThere.helper(x)
  end
end

defmodule N do
  require M
  def f, do: M.m(1)
end
