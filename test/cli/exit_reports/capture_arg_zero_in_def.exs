defmodule A do
  def f, do: &(&0 + &1)
end
