defmodule Door do
  def open?(z) do
    __ENV__ = z
  end
end
