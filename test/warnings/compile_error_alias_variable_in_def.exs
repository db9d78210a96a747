defmodule T do
  def f(x) do
    alias x
    :ok
  end
end
