defmodule Stalelab.B do
  def b, do: Stalelab.A.a() + 1
end
