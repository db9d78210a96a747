defmodule A do
  def f(x) do
    case x do
      1 -> _
    end
  end
end
