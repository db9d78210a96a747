defmodule M do
  def f(x) do
    if x do
    end
    end
  end
end
