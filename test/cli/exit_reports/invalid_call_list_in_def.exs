defmodule A do
  def f, do: [1].foo
end
