defmodule M do
  def f, do: ~s(a\x)
end
