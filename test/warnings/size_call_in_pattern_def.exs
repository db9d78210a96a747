# `size(n)*unit` in a def's pattern: Elixir's text for a local call in a size specifier
defmodule SizeCall do
  def f(n, <<x::size(n)*8>>), do: x
end
