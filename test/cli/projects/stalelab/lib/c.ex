defmodule Stalelab.C do
  def c, do: 3
end
