defmodule Foo do
  defmacro bar(x), do: x
end
defmodule User do
  def f, do: Foo.bar(1)
end
IO.puts("defined")
User.f()
