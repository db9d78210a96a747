defmodule Foo do
  defmacro bar(x), do: x
end
IO.inspect Foo.bar(2)
