defmodule Checklater do
  def f(x) do
    y = 1
    String.nope(x)
  end
end
