# a macro that raises: the exception, while expanding the caller's code
defmodule M do
  defmacro check(x) do
    if x == 1, do: raise(ArgumentError, "bad x")
    x
  end
end

IO.puts("compiled M")

defmodule N do
  require M
  def ok, do: M.check(2)
  def bad, do: M.check(1)
end

IO.puts("never")
