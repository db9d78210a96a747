defmodule A do
  def f, do: Enum.map([1], &{&1, &3})
end
