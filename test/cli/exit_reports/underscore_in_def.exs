defmodule A do
  def f, do: _
end
