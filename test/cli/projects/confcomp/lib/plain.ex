defmodule Confcomp.Plain do
  def twice(x), do: x * 2
end
