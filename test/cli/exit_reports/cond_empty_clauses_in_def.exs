defmodule A do
  def f(x) do
    cond(do: [])
  end
end
