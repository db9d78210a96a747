defmodule A do
  def f(x)
      when is_atom(x) or
             String.length(x) do
    1
  end
end
