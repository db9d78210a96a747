defmodule Counter do
  def show(count), do: IO.puts("count[#{@vsn}]: #{count}")
  def other, do: @missing
end
Counter.show(1)
