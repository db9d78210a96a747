defmodule A do
  def f(x) do
    x |> IO.inspect(_)
  end
end
