defmodule T do
  def f do
    alias x
  end
end
