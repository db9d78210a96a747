defmodule M do
  def f(x) do
    <<y::bar>> = x
    y
  end
end
