defmodule Stalelab.A do
  def a, do: 1
end
