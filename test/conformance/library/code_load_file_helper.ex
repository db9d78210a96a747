defmodule LoadedOne do
  def hi, do: :hi
end
IO.puts("evaluated")
