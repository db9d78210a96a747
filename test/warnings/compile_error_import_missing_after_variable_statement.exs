defmodule T do
  def f(x) do
    x
    import Nope.Missing
  end
end
