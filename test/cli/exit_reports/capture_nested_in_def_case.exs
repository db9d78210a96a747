defmodule A do
  def f(x) do
    case x do
      1 -> &foo(&1, &(&2))
    end
  end
end
