defmodule Testflags do
  def double(x), do: x * 2
end
