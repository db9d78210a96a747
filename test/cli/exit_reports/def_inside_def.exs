defmodule A do
  def f do
    def g, do: 1
  end
end
