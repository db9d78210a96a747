defmodule M do
  defmacro bad, do: quote(do: unless(true, do: :erlang.foo(var!(nope, Elixir))))
end
defmodule U do
  require M
  def f, do: M.bad()
end
