defmodule A do
  def f(x) do
    if x do
      _
    end
  end
end
