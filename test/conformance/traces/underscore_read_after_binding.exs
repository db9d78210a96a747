# Reading `_` is refused even right after `_ = value` (a body's last `x = f(); x` is compiled as
# f(), but `_` is no variable to return)
IO.puts("before")

defmodule M do
  def f, do: 7

  def g do
    _ = f()
    _
  end
end

IO.inspect(M.g())
