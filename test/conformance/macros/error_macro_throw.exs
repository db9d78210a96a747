# a macro that throws while expanding
defmodule M do
  defmacro m, do: throw(:oops)
end

defmodule N do
  require M
  def f, do: M.m()
end
